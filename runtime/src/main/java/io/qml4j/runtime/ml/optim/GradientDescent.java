package io.qml4j.runtime.ml.optim;

import java.util.Objects;

/** Plain gradient descent, {@code x <- x - learningRate * grad f(x)}. */
public final class GradientDescent implements GradientOptimizer {
  private final double learningRate;
  private final OptimizerOptions options;

  /** Gradient descent with a fixed step size. */
  public GradientDescent(double learningRate, OptimizerOptions options) {
    Progress.requirePositive("learningRate", learningRate);
    this.learningRate = learningRate;
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public OptimizerOptions options() {
    return options;
  }

  @Override
  public Updater updater(int dimension) {
    return (x, g) -> {
      for (int i = 0; i < x.length; i++) {
        x[i] -= learningRate * g[i];
      }
    };
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    return GradientLoop.minimize(this, "gradient descent", objective, start);
  }
}
