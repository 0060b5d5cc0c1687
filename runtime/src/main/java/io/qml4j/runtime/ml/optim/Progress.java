package io.qml4j.runtime.ml.optim;

import java.util.Locale;

/** Step bookkeeping shared by the optimisers: checks, the callback and early stopping. */
final class Progress {
  private final OptimizerOptions options;
  private double best = Double.POSITIVE_INFINITY;
  private int sinceImprovement;
  int evaluations;

  Progress(OptimizerOptions options) {
    this.options = options;
  }

  /** Evaluates the objective, counting the call and rejecting NaN. */
  double value(Objective objective, double[] x) {
    evaluations++;
    double loss = objective.value(x);
    if (Double.isNaN(loss)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "objective: returned NaN at evaluation %d", evaluations));
    }
    return loss;
  }

  /** The gradient, checked for length and NaN. */
  static double[] gradient(Objective objective, double[] x) {
    double[] g = objective.gradient(x);
    if (g.length != x.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "objective: gradient has %d entries, expected %d", g.length, x.length));
    }
    for (int i = 0; i < g.length; i++) {
      if (Double.isNaN(g[i])) {
        throw new IllegalArgumentException("objective: gradient entry " + i + " is NaN");
      }
    }
    return g;
  }

  /** Reports a step; true when early stopping says to stop. */
  boolean step(int index, double loss, double gradientNorm, double[] x) {
    options.callback().onStep(new Step(index, loss, gradientNorm, x.clone()));
    EarlyStopping rule = options.earlyStopping();
    if (loss < best - (rule == null ? 0 : rule.minDelta())) {
      best = loss;
      sinceImprovement = 0;
      return false;
    }
    best = Math.min(best, loss);
    sinceImprovement++;
    return rule != null && sinceImprovement >= rule.patience();
  }

  static double[] checkStart(double[] start) {
    if (start.length == 0) {
      throw new IllegalArgumentException("start: expected at least one parameter, got none");
    }
    for (int i = 0; i < start.length; i++) {
      if (!Double.isFinite(start[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "start: entry %d is %s, expected a finite number", i, start[i]));
      }
    }
    return start.clone();
  }

  static void requireGradient(Objective objective, String optimizer) {
    if (!objective.hasGradient()) {
      throw new IllegalArgumentException("objective: " + optimizer
          + " needs a gradient; build it with Objective.of(value, gradient)");
    }
  }

  static double norm(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  static void requirePositive(String name, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a finite number > 0, got %s", name, value));
    }
  }
}
