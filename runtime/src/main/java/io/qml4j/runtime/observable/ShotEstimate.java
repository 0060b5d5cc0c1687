package io.qml4j.runtime.observable;

/**
 * A shot-based estimate of an expectation value.
 *
 * @param mean the estimate: the constant term plus, per measured group, the sample mean of the
 *     group's weighted eigenvalues
 * @param standardError the estimated standard deviation of {@code mean}:
 *     {@code sqrt(sum over groups of sampleVariance / shots)}; 0 when nothing was measured, NaN
 *     for a single shot (no sample variance)
 * @param shots shots taken per measured group
 * @param groups the number of qubit-wise commuting groups measured (each on its own shots)
 */
public record ShotEstimate(double mean, double standardError, int shots, int groups) {}
