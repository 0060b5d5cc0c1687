/**
 * The user-facing vocabulary of qml4j: the model annotations ({@link io.qml4j.dsl.FeatureMap},
 * {@link io.qml4j.dsl.Ansatz}, {@link io.qml4j.dsl.Observable}, {@link io.qml4j.dsl.QuantumModel}),
 * the gate vocabulary {@link io.qml4j.dsl.Q}, Pauli observables, and the gate table ({@link
 * io.qml4j.dsl.Gate}, {@link io.qml4j.dsl.GateMatrices}) with the templates ({@link
 * io.qml4j.dsl.Templates}) that processor and runtime share as their one source of truth. This
 * module depends on nothing.
 */
package io.qml4j.dsl;
