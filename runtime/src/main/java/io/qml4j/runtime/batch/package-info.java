/**
 * Batched simulation: one circuit on many inputs at once. A batch state holds the amplitudes of
 * {@code lanes} states in structure-of-arrays layout, amplitude k of lane b at
 * {@code k * lanes + b} of a real and an imaginary array, so that a gate applies one matrix to
 * {@code lanes} contiguous doubles, through the Vector API at register width when the JVM has
 * {@code --add-modules jdk.incubator.vector} ({@code LaneSimd}), scalar
 * loops otherwise; small circuits (2 to 10 qubits), whose per-call overhead and short
 * single-state loops dominate, gain most. Generated models call {@link io.qml4j.runtime.batch.BatchKernels} and
 * {@link io.qml4j.runtime.batch.BatchExpectation} from their {@code expectationsBatch} method.
 */
package io.qml4j.runtime.batch;
