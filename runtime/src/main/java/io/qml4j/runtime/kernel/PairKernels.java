package io.qml4j.runtime.kernel;

/**
 * Range kernels for a 2x2 matrix on one target wire, optionally controlled: each unit is an
 * amplitude pair {@code (k, k + t)} with the target bit of k clear and every control bit set. The
 * insert mask holds the target and control strides, the set mask the controls (see {@link Bits}).
 * One method per matrix structure (general, real, diagonal, X, Y). Each picks one of three loop
 * shapes, none with a branch per amplitude: the uncontrolled lowest wire ({@code t = 1}) walks
 * adjacent pairs; short runs (a low target or control) compute each pair's index directly; long
 * runs walk contiguous indices. The pair arithmetic sits in small private methods that the JIT
 * inlines into every loop.
 */
final class PairKernels {
  private PairKernels() {}

  /**
   * Whether a kernel takes its pairs one index at a time ({@link Bits#deposit2}) rather than run
   * by run: where the runs are short, unless they fill a vector register, whose loop is faster
   * (an X gate with runs of 4 amplitudes on 512-bit lanes: HEA 10x10 80.7-81.8 against 82.8-84.3
   * us).
   */
  private static boolean byIndex(int insert) {
    return Bits.shortRuns(insert) && !Simd.wide(insert & -insert);
  }

  /** A general complex matrix {@code [[a, b], [c, d]]}. */
  static void general(double[] s, int insert, int set, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di,
      int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        general(s, p, p + 2, ar, ai, br, bi, cr, ci, dr, di);
      }
      return;
    }
    int dt = t << 1;
    if (byIndex(insert)) {
      int lowMask = Bits.lowMask(insert), secondMask = Bits.secondMask(insert);
      for (int j = from; j < to; j++) {
        int p = (Bits.deposit2(j, lowMask, secondMask) | set) << 1;
        general(s, p, p + dt, ar, ai, br, bi, cr, ci, dr, di);
      }
      return;
    }
    int lowest = insert & -insert;
    boolean wide = Simd.wide(lowest);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.general(s, p, p + dt, run << 1, ar, ai, br, bi, cr, ci, dr, di);
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          general(s, p, p + dt, ar, ai, br, bi, cr, ci, dr, di);
        }
      }
      j += run;
    }
  }

  private static void general(double[] s, int p, int q,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
    s[p] = ar * xr - ai * xi + br * yr - bi * yi;
    s[p + 1] = ar * xi + ai * xr + br * yi + bi * yr;
    s[q] = cr * xr - ci * xi + dr * yr - di * yi;
    s[q + 1] = cr * xi + ci * xr + dr * yi + di * yr;
  }

  /** A real matrix {@code [[a, b], [c, d]]} (RY, H, and their products). */
  static void real(double[] s, int insert, int set, int t, double a, double b, double c, double d,
      int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        real(s, p, p + 2, a, b, c, d);
      }
      return;
    }
    int dt = t << 1;
    if (byIndex(insert)) {
      int lowMask = Bits.lowMask(insert), secondMask = Bits.secondMask(insert);
      for (int j = from; j < to; j++) {
        int p = (Bits.deposit2(j, lowMask, secondMask) | set) << 1;
        real(s, p, p + dt, a, b, c, d);
      }
      return;
    }
    int lowest = insert & -insert;
    boolean wide = Simd.wide(lowest);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.real(s, p, p + dt, run << 1, a, b, c, d);
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          real(s, p, p + dt, a, b, c, d);
        }
      }
      j += run;
    }
  }

  /** One amplitude pair (p, q) of {@link #real}; {@link RealPairsStep} calls it too. */
  static void real(double[] s, int p, int q, double a, double b, double c, double d) {
    double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
    s[p] = a * xr + b * yr;
    s[p + 1] = a * xi + b * yi;
    s[q] = c * xr + d * yr;
    s[q + 1] = c * xi + d * yi;
  }

  /** diag(d0, d1) (RZ, CRZ). */
  static void diagonal(double[] s, int insert, int set, int t,
      double d0r, double d0i, double d1r, double d1i, int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        diagonal(s, p, p + 2, d0r, d0i, d1r, d1i);
      }
      return;
    }
    int dt = t << 1;
    if (byIndex(insert)) {
      int lowMask = Bits.lowMask(insert), secondMask = Bits.secondMask(insert);
      for (int j = from; j < to; j++) {
        int p = (Bits.deposit2(j, lowMask, secondMask) | set) << 1;
        diagonal(s, p, p + dt, d0r, d0i, d1r, d1i);
      }
      return;
    }
    int lowest = insert & -insert;
    boolean wide = Simd.wide(lowest);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.diagonal(s, p, p + dt, run << 1, d0r, d0i, d1r, d1i);
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          diagonal(s, p, p + dt, d0r, d0i, d1r, d1i);
        }
      }
      j += run;
    }
  }

  private static void diagonal(double[] s, int p, int q,
      double d0r, double d0i, double d1r, double d1i) {
    double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
    s[p] = d0r * xr - d0i * xi;
    s[p + 1] = d0r * xi + d0i * xr;
    s[q] = d1r * yr - d1i * yi;
    s[q + 1] = d1r * yi + d1i * yr;
  }

  /** Pauli X on the target: swaps the pair (X, CNOT, Toffoli). */
  static void x(double[] s, int insert, int set, int t,
      int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        x(s, p, p + 2);
      }
      return;
    }
    int dt = t << 1;
    if (byIndex(insert)) {
      int lowMask = Bits.lowMask(insert), secondMask = Bits.secondMask(insert);
      for (int j = from; j < to; j++) {
        int p = (Bits.deposit2(j, lowMask, secondMask) | set) << 1;
        x(s, p, p + dt);
      }
      return;
    }
    int lowest = insert & -insert;
    boolean wide = Simd.wide(lowest);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.swap(s, p, p + dt, run << 1);
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          x(s, p, p + dt);
        }
      }
      j += run;
    }
  }

  private static void x(double[] s, int p, int q) {
    double xr = s[p], xi = s[p + 1];
    s[p] = s[q];
    s[p + 1] = s[q + 1];
    s[q] = xr;
    s[q + 1] = xi;
  }

  /** Pauli Y {@code [[0, -i], [i, 0]]} on the target (Y, CY). */
  static void y(double[] s, int insert, int set, int t,
      int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        y(s, p, p + 2);
      }
      return;
    }
    int dt = t << 1;
    if (Bits.shortRuns(insert)) {
      int lowMask = Bits.lowMask(insert), secondMask = Bits.secondMask(insert);
      for (int j = from; j < to; j++) {
        int p = (Bits.deposit2(j, lowMask, secondMask) | set) << 1;
        y(s, p, p + dt);
      }
      return;
    }
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        y(s, p, p + dt);
      }
      j += run;
    }
  }

  private static void y(double[] s, int p, int q) {
    double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
    s[p] = yi;
    s[p + 1] = -yr;
    s[q] = -xi;
    s[q + 1] = xr;
  }
}
