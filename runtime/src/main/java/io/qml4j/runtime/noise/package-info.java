/**
 * Noise and dynamic circuits. {@link io.qml4j.runtime.noise.Channel}s (Kraus operators, built by
 * {@link io.qml4j.runtime.noise.Channels}) and {@link io.qml4j.runtime.noise.ReadoutError}; a
 * {@link io.qml4j.runtime.noise.NoisyCircuit} of gates, channels, mid-circuit measurements, resets
 * and classically controlled gates; {@link io.qml4j.runtime.noise.NoiseModel}s of rules that
 * attach channels after gates, and {@link io.qml4j.runtime.noise.DeviceCalibration}s (JSON, with
 * shipped snapshots) that produce them; the exact
 * {@link io.qml4j.runtime.noise.DensityMatrixSimulator}, which stores an n-qubit density matrix as
 * a 2n-qubit vector so the state-vector kernels apply (U on the row half, conj(U) on the column
 * half), and the Monte Carlo {@link io.qml4j.runtime.noise.TrajectorySimulator} for larger
 * circuits; and {@link io.qml4j.runtime.noise.NoisyGradients}, parameter shift under noise (the
 * adjoint method is refused). Error mitigation lives in {@code noise.mitigation}.
 */
package io.qml4j.runtime.noise;
