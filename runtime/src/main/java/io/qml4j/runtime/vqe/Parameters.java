package io.qml4j.runtime.vqe;

import java.util.Locale;

/** Argument checks shared by the ansatze and solvers of this package. */
final class Parameters {
  private Parameters() {}

  /** Rejects a theta of the wrong length or with a non-finite entry. */
  static void check(String name, double[] theta, int expected) {
    if (theta == null) {
      throw new IllegalArgumentException(name + ": expected " + expected + " numbers, got null");
    }
    if (theta.length != expected) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected %d parameter(s), got %d", name, expected, theta.length));
    }
    for (int k = 0; k < theta.length; k++) {
      if (!Double.isFinite(theta[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: entry %d is %s, expected a finite number", name, k, theta[k]));
      }
    }
  }
}
