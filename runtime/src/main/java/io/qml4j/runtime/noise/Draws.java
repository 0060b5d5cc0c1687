package io.qml4j.runtime.noise;

import java.util.SplittableRandom;

/** Seeded draws from a discrete distribution by binary search on its cumulative sums. */
final class Draws {
  private Draws() {}

  static int[] draw(double[] weights, int shots, SplittableRandom random) {
    double[] cumulative = new double[weights.length];
    double sum = 0;
    int last = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += Math.max(0, weights[k]);
      cumulative[k] = sum;
      if (weights[k] > 0) {
        last = k;
      }
    }
    int[] out = new int[shots];
    for (int s = 0; s < shots; s++) {
      out[s] = Math.min(search(cumulative, random.nextDouble() * sum), last);
    }
    return out;
  }

  /** First index whose cumulative sum exceeds u. */
  static int search(double[] cumulative, double u) {
    int lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
