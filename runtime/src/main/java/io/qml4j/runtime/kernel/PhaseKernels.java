package io.qml4j.runtime.kernel;

/**
 * Range kernels for diagonal gates that are not a 2x2 pair: a phase on the amplitudes whose bits
 * under a mask are all set (Z, S, T, PhaseShift, CZ, ControlledPhase), and a phase by parity
 * (IsingZZ, MultiRZ, Z-only Pauli rotations).
 */
final class PhaseKernels {
  private PhaseKernels() {}

  /**
   * Multiplies amplitude {@code deposit(j, insert) | set} by {@code e} for units j in
   * [from, to); with {@code insert == set == mask} that is every amplitude with the mask set.
   */
  static void phase(double[] s, int insert, int set, double er, double ei, int from, int to) {
    if (insert != 0 && Bits.shortRuns(insert)) {
      int lowMask = Bits.lowMask(insert), secondMask = Bits.secondMask(insert);
      for (int j = from; j < to; j++) {
        int p = (Bits.deposit2(j, lowMask, secondMask) | set) << 1;
        double xr = s[p], xi = s[p + 1];
        s[p] = er * xr - ei * xi;
        s[p + 1] = er * xi + ei * xr;
      }
      return;
    }
    int lowest = insert & -insert;
    boolean wide = Simd.wide(lowest == 0 ? to - from : lowest);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.scale(s, p, run << 1, er, ei);
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          double xr = s[p], xi = s[p + 1];
          s[p] = er * xr - ei * xi;
          s[p + 1] = er * xi + ei * xr;
        }
      }
      j += run;
    }
  }

  /**
   * {@code exp(-i angle Z..Z / 2)} on the amplitudes k in [from, to): even parity under the mask
   * gains {@code cos - i sin}, odd parity {@code cos + i sin}.
   */
  static void parity(double[] s, int mask, double cos, double sin, int from, int to) {
    for (int k = from; k < to; k++) {
      // sign -1 for even parity, +1 for odd, without a branch
      double si = sin * ((Bits.parity(k, mask) << 1) - 1);
      int p = k << 1;
      double xr = s[p], xi = s[p + 1];
      s[p] = cos * xr - si * xi;
      s[p + 1] = cos * xi + si * xr;
    }
  }
}
