package io.qml4j.runtime.ml.diagnostics;

/**
 * The spread of one gradient component over random parameters.
 *
 * @param qubits circuit width
 * @param layers circuit depth
 * @param mean mean of the gradient component over the samples
 * @param variance its (population) variance over the samples
 * @param samples how many random circuits and parameters were drawn
 */
public record PlateauSample(int qubits, int layers, double mean, double variance, int samples) {}
