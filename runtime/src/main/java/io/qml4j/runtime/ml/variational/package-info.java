/**
 * Variational classifiers and regressors trained with adjoint gradients: any
 * {@link io.qml4j.runtime.ml.DifferentiableModel} (a generated model, or a runtime
 * {@link io.qml4j.runtime.gradient.ParametrizedCircuit} wrapped as a
 * {@link io.qml4j.runtime.ml.variational.CircuitModel}), data re-uploading circuits, trainable input
 * scaling, cross-entropy and squared-error losses on mini-batches evaluated in parallel.
 */
package io.qml4j.runtime.ml.variational;
