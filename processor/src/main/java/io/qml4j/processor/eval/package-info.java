/**
 * The evaluation phase: reads annotated method bodies through javac's Tree API and evaluates them
 * symbolically, with Java's semantics, into circuit IR whose angles are expressions of
 * {@code theta} and {@code x}. {@code Statements} interprets statements, {@code Expressions}
 * evaluates expressions, {@code ConstantFields} initialises static fields as Java's class
 * initialisation does, {@code ValueType} and {@code Operators} hold Java's numeric rules, and
 * {@code QCalls} turns calls on {@code Q} into gates. Per-gate checks (wires, indices, constants,
 * angle sizes) are reported here, at the tree that caused them.
 */
package io.qml4j.processor.eval;
