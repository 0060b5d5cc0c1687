/**
 * The evaluation phase: reads annotated method bodies through javac's Tree API and evaluates them
 * symbolically, with Java's semantics, into circuit IR whose angles are expressions of
 * {@code theta} and {@code x}; per-gate checks (wires, indices, constants) are reported here, at the
 * tree that caused them.
 */
package io.qml4j.processor.eval;
