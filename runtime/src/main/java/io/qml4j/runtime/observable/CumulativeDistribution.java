package io.qml4j.runtime.observable;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws indices from a discrete distribution by inverting its cumulative sums with a binary
 * search: O(d) to build, O(log d) per draw, and never returns an index of probability zero.
 * Weights need not sum to one exactly (a simulated state's norm drifts by rounding).
 */
final class CumulativeDistribution {
  private final double[] cumulative;
  private final double total;
  /** The last index of positive weight: the answer when rounding puts a draw at the very top. */
  private final int lastPositive;

  private CumulativeDistribution(double[] cumulative, int lastPositive) {
    this.cumulative = cumulative;
    this.total = cumulative[cumulative.length - 1];
    this.lastPositive = lastPositive;
    if (!(total > 0) || !Double.isFinite(total)) {
      throw new IllegalArgumentException(
          "state: expected a normalised state, got total probability " + total);
    }
  }

  /** From weights such as marginal probabilities. */
  static CumulativeDistribution ofWeights(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    int last = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += weights[k];
      c[k] = sum;
      if (weights[k] > 0) {
        last = k;
      }
    }
    return new CumulativeDistribution(c, last);
  }

  /** From interleaved amplitudes: weight k is {@code |s_k|^2}. */
  static CumulativeDistribution ofAmplitudes(double[] s) {
    double[] c = new double[s.length >> 1];
    double sum = 0;
    int last = 0;
    for (int k = 0; k < c.length; k++) {
      double p = s[2 * k] * s[2 * k] + s[2 * k + 1] * s[2 * k + 1];
      sum += p;
      c[k] = sum;
      if (p > 0) {
        last = k;
      }
    }
    return new CumulativeDistribution(c, last);
  }

  /** One index k with probability {@code weight_k / total}. */
  int draw(SplittableRandom random) {
    double u = random.nextDouble() * total;
    // the first k with cumulative[k] > u; weight k is then positive since cumulative[k-1] <= u
    int k = Arrays.binarySearch(cumulative, u);
    k = k >= 0 ? k + 1 : -k - 1;
    // an exact hit may sit on a run of equal sums (zero weights): move past them
    while (k < cumulative.length && cumulative[k] <= u) {
      k++;
    }
    return Math.min(k, lastPositive);
  }

  /** From interleaved float amplitudes: weight k is {@code |s_k|^2}, summed in double. */
  static CumulativeDistribution ofAmplitudes(float[] s) {
    double[] c = new double[s.length >> 1];
    double sum = 0;
    int last = 0;
    for (int k = 0; k < c.length; k++) {
      double re = s[2 * k], im = s[2 * k + 1];
      double p = re * re + im * im;
      sum += p;
      c[k] = sum;
      if (p > 0) {
        last = k;
      }
    }
    return new CumulativeDistribution(c, last);
  }
}
