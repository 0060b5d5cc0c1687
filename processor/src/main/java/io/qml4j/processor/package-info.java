/**
 * The qml4j annotation processor: {@link io.qml4j.processor.QuantumModelProcessor} runs, for each
 * model class, the phases in the sub-packages (eval, validate, optimize, gradient, emit, over the
 * values of ir) and reports their diagnostics through javac; docs/processor.md describes the
 * whole pipeline.
 */
package io.qml4j.processor;
