package io.qml4j.runtime.ml.boltzmann;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The data of Amin et al. (2018, section IV, eq. 28): a mixture of M Bernoulli distributions
 * around random modes {@code s^k}, {@code P(v) = (1/M) sum_k p^(N - d_k(v)) (1 - p)^(d_k(v))}
 * with {@code d_k(v)} the Hamming distance between v and mode k over N bits. Each bit of a sample
 * agrees with its mode with probability p.
 */
public final class BernoulliMixture {
  private BernoulliMixture() {}

  /**
   * The distribution over the {@code 2^bits} bitstrings (bit 0 the most significant), its modes
   * drawn uniformly with the seed.
   *
   * @throws IllegalArgumentException if bits is not 1 to {@link QuantumBoltzmannMachine#MAX_UNITS},
   *     modes is not positive or p is not in (0.5, 1]
   */
  public static double[] distribution(int bits, int modes, double p, long seed) {
    return distribution(bits, modes(bits, modes, seed), p);
  }

  /** The seeded modes of {@link #distribution(int, int, double, long)}, as basis indices. */
  public static int[] modes(int bits, int modes, long seed) {
    if (bits < 1 || bits > QuantumBoltzmannMachine.MAX_UNITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "bits: expected 1 to %d, got %d", QuantumBoltzmannMachine.MAX_UNITS, bits));
    }
    if (modes < 1) {
      throw new IllegalArgumentException("modes: expected at least 1, got " + modes);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] centres = new int[modes];
    for (int k = 0; k < modes; k++) {
      centres[k] = random.nextInt(1 << bits);
    }
    return centres;
  }

  /**
   * The mixture around the given modes (basis indices of {@code bits} bits).
   *
   * @throws IllegalArgumentException if p is not in (0.5, 1] or a mode is out of range
   */
  public static double[] distribution(int bits, int[] modes, double p) {
    if (!(p > 0.5 && p <= 1)) {
      throw new IllegalArgumentException("p: expected a probability in (0.5, 1], got " + p);
    }
    if (modes == null || modes.length == 0) {
      throw new IllegalArgumentException("modes: expected at least one mode, got none");
    }
    double[] dist = new double[1 << bits];
    for (int mode : modes) {
      if (mode < 0 || mode >= dist.length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "modes: expected basis indices 0 to %d, got %d", dist.length - 1, mode));
      }
      for (int v = 0; v < dist.length; v++) {
        int d = Integer.bitCount(v ^ mode);
        dist[v] += Math.pow(p, bits - d) * Math.pow(1 - p, d) / modes.length;
      }
    }
    return dist;
  }
}
