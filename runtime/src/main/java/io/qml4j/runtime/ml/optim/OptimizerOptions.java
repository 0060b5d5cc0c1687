package io.qml4j.runtime.ml.optim;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings every optimiser shares: the step budget, the seed of any randomness, the per-step
 * callback, early stopping and a gradient-norm tolerance. Immutable; the {@code with} methods
 * return modified copies.
 *
 * @param maxSteps the most steps (derivative-free optimisers: objective evaluations), at least 1
 * @param seed the seed of every random draw (SPSA perturbations, CMA-ES samples)
 * @param callback called after every step
 * @param earlyStopping the early-stopping rule, or null for none
 * @param gradientTolerance stop when the gradient norm is at most this (gradient descent and
 *     Adam); 0 disables it
 */
public record OptimizerOptions(int maxSteps, long seed, StepCallback callback,
    EarlyStopping earlyStopping, double gradientTolerance) {
  /** Default step budget, enough for the small problems of tests and examples. */
  public static final int DEFAULT_MAX_STEPS = 1000;

  /** Checks the arguments. */
  public OptimizerOptions {
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps: expected at least 1, got " + maxSteps);
    }
    Objects.requireNonNull(callback, "callback");
    if (!(gradientTolerance >= 0 && Double.isFinite(gradientTolerance))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "gradientTolerance: expected a finite number >= 0, got %s", gradientTolerance));
    }
  }

  /** {@value #DEFAULT_MAX_STEPS} steps, seed 0, no callback, no early stopping, no tolerance. */
  public static OptimizerOptions defaults() {
    return new OptimizerOptions(DEFAULT_MAX_STEPS, 0, StepCallback.NONE, null, 0);
  }

  /** A copy with another step budget. */
  public OptimizerOptions withMaxSteps(int newMaxSteps) {
    return new OptimizerOptions(newMaxSteps, seed, callback, earlyStopping, gradientTolerance);
  }

  /** A copy with another seed. */
  public OptimizerOptions withSeed(long newSeed) {
    return new OptimizerOptions(maxSteps, newSeed, callback, earlyStopping, gradientTolerance);
  }

  /** A copy with another callback. */
  public OptimizerOptions withCallback(StepCallback newCallback) {
    return new OptimizerOptions(maxSteps, seed, newCallback, earlyStopping, gradientTolerance);
  }

  /** A copy with early stopping (null for none). */
  public OptimizerOptions withEarlyStopping(EarlyStopping rule) {
    return new OptimizerOptions(maxSteps, seed, callback, rule, gradientTolerance);
  }

  /** A copy with another gradient tolerance. */
  public OptimizerOptions withGradientTolerance(double tolerance) {
    return new OptimizerOptions(maxSteps, seed, callback, earlyStopping, tolerance);
  }
}
