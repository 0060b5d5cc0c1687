package io.qml4j.runtime.ml.kernel;

import java.util.SplittableRandom;

/**
 * Exact binomial draws: the number of |0...0> outcomes among {@code shots} measurements of a
 * compute-uncompute circuit. Counts the rarer outcome by geometric waiting times, so a draw costs
 * O(shots min(p, 1 - p)) rather than one random number per shot.
 */
final class Binomial {
  private Binomial() {}

  /** A draw of Binomial(n, p). */
  static int sample(SplittableRandom random, int n, double p) {
    if (p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    boolean complement = p > 0.5;
    double q = complement ? 1 - p : p;
    double logFailure = Math.log1p(-q);
    int successes = 0;
    long trials = 0;
    while (true) {
      // failures before the next success are Geometric(q): floor(ln U / ln(1 - q)), U in (0, 1]
      double u = 1 - random.nextDouble();
      trials += (long) Math.floor(Math.log(u) / logFailure) + 1;
      if (trials > n) {
        break;
      }
      successes++;
    }
    return complement ? n - successes : successes;
  }
}
