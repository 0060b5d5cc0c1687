/**
 * Batched simulation: one circuit on many inputs at once. A batch state holds the amplitudes of
 * {@code lanes} states in structure-of-arrays layout, amplitude k of lane b at
 * {@code k * lanes + b} of a real and an imaginary array, so that a gate applies one matrix to
 * {@code lanes} contiguous doubles and the JIT compiler's loop vectoriser runs the arithmetic at
 * vector width; small circuits (2 to 10 qubits), whose single-state loops are too short to
 * vectorise, gain most. Generated models call {@link io.qml4j.runtime.batch.BatchKernels} and
 * {@link io.qml4j.runtime.batch.BatchExpectation} from their {@code expectationsBatch} method.
 */
package io.qml4j.runtime.batch;
