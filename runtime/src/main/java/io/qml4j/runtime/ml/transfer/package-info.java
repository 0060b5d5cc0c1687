/**
 * Quantum transfer learning (Mari, Bromley, Izaac, Schuld and Killoran, "Transfer learning in
 * hybrid classical-quantum neural networks", Quantum 4, 340 (2020)). The
 * {@link io.qml4j.runtime.ml.transfer.DressedQuantumCircuit} is a classical linear layer, the
 * {@link io.qml4j.runtime.ml.transfer.VariationalLayers} circuit and a classical linear layer,
 * trained end to end on exact gradients (adjoint through the circuit, the chain rule through the
 * classical layers). Classical-to-quantum transfer feeds it the frozen hidden layer of a
 * {@link io.qml4j.runtime.ml.transfer.ClassicalNetwork} pre-trained on a source task;
 * circuit-to-circuit transfer takes a dressed circuit trained on a source task, gives it a new
 * output layer ({@link io.qml4j.runtime.ml.transfer.DressedQuantumCircuit#withNewOutputLayer}),
 * freezes its leading layers ({@link io.qml4j.runtime.ml.transfer.FrozenLayers}) and fine-tunes
 * the rest on the target task, with a {@link io.qml4j.runtime.ml.transfer.LearningCurve} to
 * compare it with training from scratch. Both models save and load their parameters, classical
 * layers included, through {@link io.qml4j.runtime.ml.persist.ParameterFile}.
 */
package io.qml4j.runtime.ml.transfer;
