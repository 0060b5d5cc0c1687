package io.qml4j.runtime.ml.optim;

import java.util.Objects;

/**
 * Rotosolve (Ostaszewski, Grant and Benedetti, Quantum 5, 391 (2021), Algorithm 1): minimises one
 * parameter at a time exactly. When every parameter is the angle of rotations {@code exp(-i t P/2)}
 * with Pauli words P entering the cost once, the cost along parameter d is
 * {@code A sin(theta_d + B) + C}, so three values fix it and its minimum is at
 * {@code phi - pi/2 - atan2(2 f(phi) - f(phi + pi/2) - f(phi - pi/2), f(phi + pi/2) - f(phi -
 * pi/2))} (their eq. 8, with phi the current value). One step is a sweep over all parameters and
 * costs two evaluations per parameter, since {@code f(phi)} is known from the previous update.
 * Needs no gradient and no step size. On costs of another shape it still descends, but without the
 * guarantee.
 */
public final class Rotosolve implements Optimizer {
  private final OptimizerOptions options;

  /** Rotosolve with the given step (sweep) budget, callback and early stopping. */
  public Rotosolve(OptimizerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    double[] x = Progress.checkStart(start);
    Progress progress = new Progress(options);
    double current = progress.value(objective, x);
    for (int step = 0; step < options.maxSteps(); step++) {
      double before = current;
      for (int d = 0; d < x.length; d++) {
        double phi = x[d];
        x[d] = phi + Math.PI / 2;
        double plus = progress.value(objective, x);
        x[d] = phi - Math.PI / 2;
        double minus = progress.value(objective, x);
        double offset = (plus + minus) / 2;
        double amplitude = Math.hypot(current - offset, (plus - minus) / 2);
        x[d] = wrap(phi - Math.PI / 2 - Math.atan2(2 * current - plus - minus, plus - minus));
        current = offset - amplitude;
      }
      // the sweep's improvement stands in for a gradient norm in the step report
      if (progress.step(step, current, Math.abs(before - current), x)) {
        return new OptimizationResult(x, progress.value(objective, x), step + 1,
            progress.evaluations, StopReason.EARLY_STOPPING);
      }
    }
    double loss = progress.value(objective, x);
    return new OptimizationResult(x, loss, options.maxSteps(), progress.evaluations,
        StopReason.MAX_STEPS);
  }

  /** Into (-pi, pi], so that parameters stay bounded over many sweeps. */
  private static double wrap(double angle) {
    double a = Math.IEEEremainder(angle, 2 * Math.PI);
    return a == -Math.PI ? Math.PI : a;
  }
}
