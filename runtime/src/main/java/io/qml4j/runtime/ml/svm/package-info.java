/**
 * Support vector machines on precomputed kernels, solved by LIBSVM's Java release:
 * {@link io.qml4j.runtime.ml.svm.PrecomputedKernelSvm} for any kernel matrix and
 * {@link io.qml4j.runtime.ml.svm.Qsvm}, the quantum SVM over a feature map's fidelity kernel, with
 * labels, decision values and Platt-scaled class probabilities.
 */
package io.qml4j.runtime.ml.svm;
