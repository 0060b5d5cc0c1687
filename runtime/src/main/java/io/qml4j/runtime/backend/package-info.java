/**
 * Backends: one {@link io.qml4j.runtime.backend.Backend} interface for simulators and devices,
 * found through {@link java.util.ServiceLoader} ({@link io.qml4j.runtime.backend.BackendProvider},
 * registered with AutoService); asynchronous {@link io.qml4j.runtime.backend.Job}s returning
 * {@link io.qml4j.runtime.backend.Counts} (wire 0 the most significant bit); expectation
 * estimates through qubit-wise commuting groups ({@link io.qml4j.runtime.backend.Estimation});
 * and {@link io.qml4j.runtime.backend.Backends#expectation} and
 * {@link io.qml4j.runtime.backend.Backends#parameterShiftGradient}, each one job. Built in: the
 * exact state vector, a seeded sampler, the noisy density-matrix and trajectory simulators, and
 * fake devices ({@link io.qml4j.runtime.backend.FakeDevices}) that transpile to a coupling map and
 * native gates and simulate calibration-derived noise.
 */
package io.qml4j.runtime.backend;
