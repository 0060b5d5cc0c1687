/**
 * The qml4j runtime: circuits as immutable values ({@link io.qml4j.runtime.Operation},
 * {@link io.qml4j.runtime.Circuit}), the dynamic builder that records a model's gates without the
 * annotation processor ({@link io.qml4j.runtime.CircuitBuilder}), pure states as flat interleaved
 * amplitude arrays ({@link io.qml4j.runtime.StateVector}, wire 0 the most significant bit), and
 * exact state-vector simulation on one thread ({@link io.qml4j.runtime.Simulator}) or several
 * ({@link io.qml4j.runtime.ParallelSimulator}). Observables, gradients, OpenQASM and the QML
 * algorithms live in subpackages.
 */
package io.qml4j.runtime;
