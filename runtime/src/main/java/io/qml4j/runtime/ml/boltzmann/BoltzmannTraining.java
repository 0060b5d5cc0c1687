package io.qml4j.runtime.ml.boltzmann;

/**
 * The outcome of {@link QuantumBoltzmannMachine#train}: the trained parameters and, before each
 * step and after the last, the training objective (the log-likelihood's upper bound, equal to the
 * negative log-likelihood when the transverse field is zero) and {@code KL(data || model)} of the
 * visible distribution. Arrays are copied in and out.
 *
 * @param parameters biases then couplings after the last step ({@link
 *     QuantumBoltzmannMachine#parameterCount()})
 * @param bounds the objective at step 0, 1, ..., steps
 * @param kls {@code KL(data || model)} in nats at the same points
 */
public record BoltzmannTraining(double[] parameters, double[] bounds, double[] kls) {
  /** Copies the arrays. */
  public BoltzmannTraining {
    parameters = parameters.clone();
    bounds = bounds.clone();
    kls = kls.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  @Override
  public double[] kls() {
    return kls.clone();
  }

  /** The number of optimiser steps taken. */
  public int steps() {
    return kls.length - 1;
  }

  /** {@code KL(data || model)} of the trained machine. */
  public double finalKl() {
    return kls[kls.length - 1];
  }
}
