package io.qml4j.runtime.kernel;

/**
 * Range kernels for a 2x2 matrix on one target wire, optionally controlled: each unit is an
 * amplitude pair {@code (k, k + t)} with the target bit of k clear and every control bit set. The
 * insert mask holds the target and control strides, the set mask the controls (see {@link Bits}).
 * One method per matrix structure (general, real, diagonal, X, Y), each a run loop with no branch
 * per amplitude; the uncontrolled lowest wire ({@code t = 1}) has its own contiguous loop because
 * its runs would be one pair long.
 */
final class PairKernels {
  private PairKernels() {}

  static void general(double[] s, int insert, int set, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di,
      int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        double xr = s[p], xi = s[p + 1], yr = s[p + 2], yi = s[p + 3];
        s[p] = ar * xr - ai * xi + br * yr - bi * yi;
        s[p + 1] = ar * xi + ai * xr + br * yi + bi * yr;
        s[p + 2] = cr * xr - ci * xi + dr * yr - di * yi;
        s[p + 3] = cr * xi + ci * xr + dr * yi + di * yr;
      }
      return;
    }
    int lowest = insert & -insert, dt = t << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        int q = p + dt;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = ar * xr - ai * xi + br * yr - bi * yi;
        s[p + 1] = ar * xi + ai * xr + br * yi + bi * yr;
        s[q] = cr * xr - ci * xi + dr * yr - di * yi;
        s[q + 1] = cr * xi + ci * xr + dr * yi + di * yr;
      }
      j += run;
    }
  }

  static void real(double[] s, int insert, int set, int t,
      double a, double b, double c, double d, int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        double xr = s[p], xi = s[p + 1], yr = s[p + 2], yi = s[p + 3];
        s[p] = a * xr + b * yr;
        s[p + 1] = a * xi + b * yi;
        s[p + 2] = c * xr + d * yr;
        s[p + 3] = c * xi + d * yi;
      }
      return;
    }
    int lowest = insert & -insert, dt = t << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        int q = p + dt;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = a * xr + b * yr;
        s[p + 1] = a * xi + b * yi;
        s[q] = c * xr + d * yr;
        s[q + 1] = c * xi + d * yi;
      }
      j += run;
    }
  }

  static void diagonal(double[] s, int insert, int set, int t,
      double d0r, double d0i, double d1r, double d1i, int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        double xr = s[p], xi = s[p + 1], yr = s[p + 2], yi = s[p + 3];
        s[p] = d0r * xr - d0i * xi;
        s[p + 1] = d0r * xi + d0i * xr;
        s[p + 2] = d1r * yr - d1i * yi;
        s[p + 3] = d1r * yi + d1i * yr;
      }
      return;
    }
    int lowest = insert & -insert, dt = t << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        int q = p + dt;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = d0r * xr - d0i * xi;
        s[p + 1] = d0r * xi + d0i * xr;
        s[q] = d1r * yr - d1i * yi;
        s[q + 1] = d1r * yi + d1i * yr;
      }
      j += run;
    }
  }

  /** Pauli X on the target: swaps the pair (CNOT, Toffoli with controls). */
  static void x(double[] s, int insert, int set, int t, int from, int to) {
    if (insert == 1 && set == 0) {
      for (int p = from << 2, e = to << 2; p < e; p += 4) {
        double xr = s[p], xi = s[p + 1];
        s[p] = s[p + 2];
        s[p + 1] = s[p + 3];
        s[p + 2] = xr;
        s[p + 3] = xi;
      }
      return;
    }
    int lowest = insert & -insert, dt = t << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        int q = p + dt;
        double xr = s[p], xi = s[p + 1];
        s[p] = s[q];
        s[p + 1] = s[q + 1];
        s[q] = xr;
        s[q + 1] = xi;
      }
      j += run;
    }
  }

  /** Pauli Y {@code [[0, -i], [i, 0]]} on the target (CY with a control). */
  static void y(double[] s, int insert, int set, int t, int from, int to) {
    int lowest = insert & -insert, dt = t << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        int q = p + dt;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = yi;
        s[p + 1] = -yr;
        s[q] = -xi;
        s[q + 1] = xr;
      }
      j += run;
    }
  }
}
