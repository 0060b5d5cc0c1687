/**
 * Compile-time optimisation of circuit IR: rotation merging, cancellation of self-inverse pairs
 * and removal of identities. Switched off per model with {@code @QuantumModel(optimize = false)}.
 */
package io.qml4j.processor.optimize;
