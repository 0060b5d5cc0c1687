/**
 * Quantum machine learning over any state preparation, generated model or runtime-built circuit:
 * the {@link io.qml4j.runtime.ml.DifferentiableModel} contract that variational models implement,
 * with quantum kernels in {@code ml.kernel}, the kernel SVM in {@code ml.svm}, optimisers in
 * {@code ml.optim}, seeded datasets, splits and scalers in {@code ml.data}, the variational
 * classifier and regressor in {@code ml.variational}, generative models (the circuit Born
 * machine and the QGAN) in {@code ml.generative}, Boltzmann machines in {@code ml.boltzmann} and
 * quantum transfer learning (the dressed quantum circuit) in {@code ml.transfer}.
 */
package io.qml4j.runtime.ml;
