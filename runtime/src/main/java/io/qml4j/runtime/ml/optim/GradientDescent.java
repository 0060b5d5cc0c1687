package io.qml4j.runtime.ml.optim;

/** Plain gradient descent, {@code x <- x - learningRate * grad f(x)}. */
public final class GradientDescent implements Optimizer {
  private final double learningRate;
  private final OptimizerOptions options;

  /** Gradient descent with a fixed step size. */
  public GradientDescent(double learningRate, OptimizerOptions options) {
    Progress.requirePositive("learningRate", learningRate);
    this.learningRate = learningRate;
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    Progress.requireGradient(objective, "gradient descent");
    double[] x = Progress.checkStart(start);
    Progress progress = new Progress(options);
    for (int step = 0; step < options.maxSteps(); step++) {
      double loss = progress.value(objective, x);
      double[] g = Progress.gradient(objective, x);
      double norm = Progress.norm(g);
      if (progress.step(step, loss, norm, x)) {
        return new OptimizationResult(x, loss, step + 1, progress.evaluations,
            StopReason.EARLY_STOPPING);
      }
      if (norm <= options.gradientTolerance()) {
        return new OptimizationResult(x, loss, step + 1, progress.evaluations,
            StopReason.GRADIENT_TOLERANCE);
      }
      for (int i = 0; i < x.length; i++) {
        x[i] -= learningRate * g[i];
      }
    }
    double loss = progress.value(objective, x);
    return new OptimizationResult(x, loss, options.maxSteps(), progress.evaluations,
        StopReason.MAX_STEPS);
  }
}
