package io.qml4j.runtime.noise;

/** A 2x2 real matrix applied along one bit of a distribution over n bits. */
final class ConfusionAxis {
  private ConfusionAxis() {}

  /**
   * {@code p <- (M on bit k) p} in place, bit 0 the most significant of the index; M row-major
   * {@code {m00, m01, m10, m11}} with {@code M[read][bit]}.
   */
  static void apply(double[] p, int bits, int k, double[] m) {
    int stride = 1 << (bits - 1 - k);
    for (int i = 0; i < p.length; i++) {
      if ((i & stride) != 0) {
        continue;
      }
      double zero = p[i], one = p[i | stride];
      p[i] = m[0] * zero + m[1] * one;
      p[i | stride] = m[2] * zero + m[3] * one;
    }
  }
}
