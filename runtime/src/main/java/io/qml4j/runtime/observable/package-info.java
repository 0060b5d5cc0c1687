/**
 * Observables and measurement: {@link io.qml4j.runtime.observable.PauliString} and
 * {@link io.qml4j.runtime.observable.PauliSum} (the runtime's {@link io.qml4j.dsl.Pauli}, with a
 * text parser), exact expectation values and variances computed in one pass over the amplitudes
 * with bit masks ({@link io.qml4j.runtime.observable.Expectation}), {@code H|psi>}
 * ({@link io.qml4j.runtime.observable.ObservableApplier}), probabilities and marginals
 * ({@link io.qml4j.runtime.observable.Probabilities}), and seeded shot sampling with shot-based
 * estimates that measure qubit-wise commuting terms together
 * ({@link io.qml4j.runtime.observable.Sampler},
 * {@link io.qml4j.runtime.observable.QubitWiseCommutingGroups}). Wire 0 is the most significant
 * bit of a basis index throughout; nothing here modifies the state it is given.
 */
package io.qml4j.runtime.observable;
