package io.qml4j.runtime.ml.optim;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Simultaneous perturbation stochastic approximation (Spall 1998, IEEE Trans. Aerospace and
 * Electronic Systems 34, 817): each step estimates the gradient from two evaluations at
 * {@code x +- c_k Delta} with a random +-1 vector Delta, and steps by {@code a_k} along it, with
 * Spall's gains {@code a_k = a / (k + 1 + A)^0.602}, {@code c_k = c / (k + 1)^0.101} and
 * {@code A = maxSteps / 10}. Needs no gradient and tolerates noisy (shot-based) objectives.
 */
public final class Spsa implements Optimizer {
  /** Spall's recommended decay exponent of the step size. */
  public static final double ALPHA = 0.602;
  /** Spall's recommended decay exponent of the perturbation size. */
  public static final double GAMMA = 0.101;

  private final double a;
  private final double c;
  private final OptimizerOptions options;

  /**
   * SPSA with step-size scale {@code a} and perturbation scale {@code c} (about the standard
   * deviation of the objective's noise, or a small fraction of the parameters' scale).
   */
  public Spsa(double a, double c, OptimizerOptions options) {
    Progress.requirePositive("a", a);
    Progress.requirePositive("c", c);
    this.a = a;
    this.c = c;
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    double[] x = Progress.checkStart(start);
    SplittableRandom random = new SplittableRandom(options.seed());
    Progress progress = new Progress(options);
    double stability = options.maxSteps() / 10.0;
    double[] delta = new double[x.length];
    double[] plus = new double[x.length];
    double[] minus = new double[x.length];
    for (int step = 0; step < options.maxSteps(); step++) {
      double ak = a / Math.pow(step + 1 + stability, ALPHA);
      double ck = c / Math.pow(step + 1, GAMMA);
      for (int i = 0; i < x.length; i++) {
        delta[i] = random.nextBoolean() ? 1 : -1;
        plus[i] = x[i] + ck * delta[i];
        minus[i] = x[i] - ck * delta[i];
      }
      double fPlus = progress.value(objective, plus);
      double fMinus = progress.value(objective, minus);
      double slope = (fPlus - fMinus) / (2 * ck);
      // the estimate is slope * delta (1 / delta_i = delta_i), whose norm is |slope| sqrt(n)
      double norm = Math.abs(slope) * Math.sqrt(x.length);
      if (progress.step(step, (fPlus + fMinus) / 2, norm, x)) {
        return new OptimizationResult(x, progress.value(objective, x), step + 1,
            progress.evaluations, StopReason.EARLY_STOPPING);
      }
      for (int i = 0; i < x.length; i++) {
        x[i] -= ak * slope * delta[i];
      }
    }
    double loss = progress.value(objective, x);
    return new OptimizationResult(x, loss, options.maxSteps(), progress.evaluations,
        StopReason.MAX_STEPS);
  }
}
