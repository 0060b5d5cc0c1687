package io.qml4j.runtime.ml.optim;

/** The full-batch loop shared by {@link GradientDescent} and {@link Adam}. */
final class GradientLoop {
  private GradientLoop() {}

  static OptimizationResult minimize(GradientOptimizer optimizer, String name,
      Objective objective, double[] start) {
    Progress.requireGradient(objective, name);
    double[] x = Progress.checkStart(start);
    OptimizerOptions options = optimizer.options();
    GradientOptimizer.Updater updater = optimizer.updater(x.length);
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
      updater.update(x, g);
    }
    double loss = progress.value(objective, x);
    return new OptimizationResult(x, loss, options.maxSteps(), progress.evaluations,
        StopReason.MAX_STEPS);
  }
}
