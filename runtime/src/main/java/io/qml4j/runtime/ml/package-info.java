/**
 * Quantum machine learning over any state preparation, generated model or runtime-built circuit:
 * the {@link io.qml4j.runtime.ml.DifferentiableModel} contract that variational models implement,
 * with quantum kernels in {@code ml.kernel}, the kernel SVM in {@code ml.svm}, optimisers in
 * {@code ml.optim}, seeded datasets, splits and scalers in {@code ml.data}, and the variational
 * classifier and regressor in {@code ml.variational}.
 */
package io.qml4j.runtime.ml;
