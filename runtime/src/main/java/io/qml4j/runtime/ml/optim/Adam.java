package io.qml4j.runtime.ml.optim;

import java.util.Locale;
import java.util.Objects;

/**
 * Adam (Kingma and Ba 2015, arXiv:1412.6980, Algorithm 1): gradient steps scaled by running,
 * bias-corrected estimates of the gradient's first and second moments.
 */
public final class Adam implements GradientOptimizer {
  /** The paper's default decay of the first-moment estimate. */
  public static final double DEFAULT_BETA1 = 0.9;
  /** The paper's default decay of the second-moment estimate. */
  public static final double DEFAULT_BETA2 = 0.999;
  /** The paper's default guard against division by zero. */
  public static final double DEFAULT_EPSILON = 1e-8;

  private final double learningRate;
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final OptimizerOptions options;

  /** Adam with the paper's default betas and epsilon. */
  public Adam(double learningRate, OptimizerOptions options) {
    this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, options);
  }

  /** Adam with every hyperparameter given; betas in [0, 1). */
  public Adam(double learningRate, double beta1, double beta2, double epsilon,
      OptimizerOptions options) {
    Progress.requirePositive("learningRate", learningRate);
    Progress.requirePositive("epsilon", epsilon);
    checkBeta("beta1", beta1);
    checkBeta("beta2", beta2);
    this.learningRate = learningRate;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public OptimizerOptions options() {
    return options;
  }

  @Override
  public Updater updater(int dimension) {
    double[] m = new double[dimension];
    double[] v = new double[dimension];
    int[] t = {0};
    return (x, g) -> {
      t[0]++;
      double correction1 = 1 - Math.pow(beta1, t[0]);
      double correction2 = 1 - Math.pow(beta2, t[0]);
      for (int i = 0; i < x.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
        x[i] -= learningRate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
      }
    };
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    return GradientLoop.minimize(this, "Adam", objective, start);
  }

  private static void checkBeta(String name, double beta) {
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a decay in [0, 1), got %s", name, beta));
    }
  }
}
