package io.qml4j.runtime.ml.svm;

import java.util.Locale;

/**
 * Settings of the C-SVM.
 *
 * @param c the soft-margin penalty C, greater than 0
 * @param tolerance LIBSVM's stopping tolerance epsilon, greater than 0
 * @param probability whether to fit Platt's sigmoid for class probabilities (LIBSVM runs an
 *     internal 5-fold cross-validation for it, so training costs about six times more)
 * @param seed seeds LIBSVM's cross-validation shuffle when {@code probability} is set
 */
public record SvmOptions(double c, double tolerance, boolean probability, long seed) {
  /** LIBSVM's default C. */
  public static final double DEFAULT_C = 1;
  /** LIBSVM's default stopping tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-3;

  /** Checks the arguments. */
  public SvmOptions {
    if (!(c > 0 && Double.isFinite(c))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "c: expected a finite penalty > 0, got %s", c));
    }
    if (!(tolerance > 0 && Double.isFinite(tolerance))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "tolerance: expected a finite number > 0, got %s", tolerance));
    }
  }

  /** C = 1, tolerance 1e-3, no probabilities, seed 0. */
  public static SvmOptions defaults() {
    return new SvmOptions(DEFAULT_C, DEFAULT_TOLERANCE, false, 0);
  }

  /** A copy with another C. */
  public SvmOptions withC(double newC) {
    return new SvmOptions(newC, tolerance, probability, seed);
  }

  /** A copy with another stopping tolerance. */
  public SvmOptions withTolerance(double newTolerance) {
    return new SvmOptions(c, newTolerance, probability, seed);
  }

  /** A copy that fits class probabilities with the given seed. */
  public SvmOptions withProbability(long newSeed) {
    return new SvmOptions(c, tolerance, true, newSeed);
  }
}
