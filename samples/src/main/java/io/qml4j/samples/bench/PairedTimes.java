package io.qml4j.samples.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The times of two versions of one operation taken in turn, round by round, and what they say:
 * each version's shortest and median time, and the median of the per-round ratios. A ratio of two
 * calls made a few milliseconds apart sees the same load on a shared machine, so it moves far less
 * than either version's own times do when other tenants come and go. The first quarter of the
 * rounds is the warm-up and is left out.
 */
final class PairedTimes {
  /** Nanoseconds per call of version A and of version B, one entry per round. */
  private final long[] a;
  private final long[] b;

  /**
   * The times of versions A and B, in ns per call, one entry per round in the order taken.
   *
   * @throws IllegalArgumentException if the two arrays differ in length, hold fewer than 4 rounds
   *     or a time that is not positive
   */
  PairedTimes(long[] a, long[] b) {
    if (a.length != b.length || a.length < 4) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a, b: expected the same number of rounds, at least 4, got %d and %d", a.length,
          b.length));
    }
    for (int r = 0; r < a.length; r++) {
      if (a[r] <= 0 || b[r] <= 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "a, b: expected positive times, got %d and %d in round %d", a[r], b[r], r));
      }
    }
    this.a = a.clone();
    this.b = b.clone();
  }

  /** Rounds measured after the warm-up. */
  int counted() {
    return a.length - warmUp();
  }

  /** The shortest time of version A, or of B where {@code versionB}, after the warm-up, in ns. */
  long shortest(boolean versionB) {
    return sorted(versionB ? b : a)[0];
  }

  /** The median time of version A, or of B where {@code versionB}, after the warm-up, in ns. */
  double median(boolean versionB) {
    return quantile(sorted(versionB ? b : a), 0.5);
  }

  /** The quantile q (0 to 1) of the per-round ratios B / A after the warm-up. */
  double ratio(double q) {
    int skip = warmUp();
    double[] ratios = new double[a.length - skip];
    for (int r = skip; r < a.length; r++) {
      ratios[r - skip] = (double) b[r] / a[r];
    }
    Arrays.sort(ratios);
    return quantile(ratios, q);
  }

  private int warmUp() {
    return a.length / 4;
  }

  private long[] sorted(long[] times) {
    long[] kept = Arrays.copyOfRange(times, warmUp(), times.length);
    Arrays.sort(kept);
    return kept;
  }

  private static double quantile(long[] sorted, double q) {
    double[] values = new double[sorted.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = sorted[i];
    }
    return quantile(values, q);
  }

  /** Linear interpolation between the two nearest ranks. */
  private static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
