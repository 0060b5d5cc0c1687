package io.qml4j.runtime.kernel;

/**
 * {@link PhaseKernels} in single precision: a phase on the amplitudes whose bits under a mask are
 * all set, and a phase by parity. The phase takes the lane kernel on whole registers, its low
 * mask bits a pattern across the lanes.
 */
final class FloatPhaseKernels {
  private FloatPhaseKernels() {}

  /**
   * Multiplies amplitude {@code deposit(j, insert) | set} by {@code e} for units j in
   * [from, to). {@code pattern} is {@link FloatLanes#phase} of {@code patternMask} and e (or null):
   * it serves where the layout's low bits are exactly the pattern's.
   */
  static void phase(float[] s, int insert, int set, float er, float ei, float[] pattern,
      int patternMask, int from, int to) {
    if (pattern != null && FloatLanes.fits(insert, from, to)
        && ((insert ^ patternMask) & FloatLanes.LOW) == 0
        && ((set ^ patternMask) & FloatLanes.LOW) == 0) {
      FloatRunKernels k = FloatSimd.KERNELS;
      int lowBits = Integer.bitCount(insert & FloatLanes.LOW);
      int high = insert & ~FloatLanes.LOW, highSet = set & ~FloatLanes.LOW;
      int lowest = (high & -high) >>> lowBits;
      for (int j = from; j < to;) {
        int run = Bits.run(j, to, lowest);
        k.scale(s, (Bits.deposit(j, insert) | highSet) << 1, run << (lowBits + 1), pattern, 0);
        j += run;
      }
      return;
    }
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        float xr = s[p], xi = s[p + 1];
        s[p] = er * xr - ei * xi;
        s[p + 1] = er * xi + ei * xr;
      }
      j += run;
    }
  }

  /**
   * {@code exp(-i angle Z..Z / 2)} on the amplitudes k in [from, to): even parity under the mask
   * gains {@code cos - i sin}, odd parity {@code cos + i sin}.
   */
  static void parity(float[] s, int mask, float cos, float sin, int from, int to) {
    for (int k = from; k < to; k++) {
      float si = sin * ((Bits.parity(k, mask) << 1) - 1);
      int p = k << 1;
      float xr = s[p], xi = s[p + 1];
      s[p] = cos * xr - si * xi;
      s[p + 1] = cos * xi + si * xr;
    }
  }
}
