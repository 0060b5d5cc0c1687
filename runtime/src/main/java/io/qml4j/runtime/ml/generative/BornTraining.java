package io.qml4j.runtime.ml.generative;

/**
 * The outcome of {@link BornMachine#train}: the trained angles and, before each step and after
 * the last, the loss and {@code KL(target || model)}. Arrays are copied in and out.
 *
 * @param parameters the angles after the last step
 * @param losses {@code MMD^2} at step 0, 1, ..., steps (the last entry is the trained model's)
 * @param kls {@code KL(target || model)} in nats, at the same points
 */
public record BornTraining(double[] parameters, double[] losses, double[] kls) {
  /** Copies the arrays. */
  public BornTraining {
    parameters = parameters.clone();
    losses = losses.clone();
    kls = kls.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  @Override
  public double[] losses() {
    return losses.clone();
  }

  @Override
  public double[] kls() {
    return kls.clone();
  }

  /** The number of optimiser steps taken. */
  public int steps() {
    return losses.length - 1;
  }

  /** {@code KL(target || model)} of the trained model. */
  public double finalKl() {
    return kls[kls.length - 1];
  }

  /** The first step whose KL is at most the threshold, or -1 if none is. */
  public int firstStepBelow(double klThreshold) {
    for (int i = 0; i < kls.length; i++) {
      if (kls[i] <= klThreshold) {
        return i;
      }
    }
    return -1;
  }
}
