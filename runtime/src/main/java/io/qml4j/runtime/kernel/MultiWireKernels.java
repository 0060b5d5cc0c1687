package io.qml4j.runtime.kernel;

/**
 * Range kernels that mix amplitudes across two or more wires: exchanges of two basis patterns
 * (SWAP, iSWAP, CSWAP), Givens rotations between two patterns (SingleExcitation,
 * DoubleExcitation), Pauli-word rotations, and the dense fallback. Each unit j is the base index
 * {@code deposit(j, insert) | set} with every acting bit clear; patterns are added to it.
 */
final class MultiWireKernels {
  private MultiWireKernels() {}

  /** {@code |base+a> <-> |base+b>}, each picking up the phase e (1 for SWAP, i for iSWAP). */
  static void exchange(double[] s, int insert, int set, int a, int b, double er, double ei,
      int from, int to) {
    int lowest = insert & -insert, da = a << 1, db = b << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int k = (Bits.deposit(j, insert) | set) << 1;
      for (int e = k + (run << 1); k < e; k += 2) {
        int p = k + da, q = k + db;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = er * yr - ei * yi;
        s[p + 1] = er * yi + ei * yr;
        s[q] = er * xr - ei * xi;
        s[q + 1] = er * xi + ei * xr;
      }
      j += run;
    }
  }

  /** {@code |base+a> -> c|base+a> + s|base+b>}, {@code |base+b> -> c|base+b> - s|base+a>}. */
  static void givens(double[] s, int insert, int set, int a, int b, double cos, double sin,
      int from, int to) {
    int lowest = insert & -insert, da = a << 1, db = b << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int k = (Bits.deposit(j, insert) | set) << 1;
      for (int e = k + (run << 1); k < e; k += 2) {
        int p = k + da, q = k + db;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = cos * xr - sin * yr;
        s[p + 1] = cos * xi - sin * yi;
        s[q] = sin * xr + cos * yr;
        s[q + 1] = sin * xi + cos * yi;
      }
      j += run;
    }
  }

  /**
   * {@code exp(-i angle P / 2)} for a Pauli word {@code P = i^ny X^xmask Z^zmask} with
   * {@code xmask != 0}: pairs {@code (k, k ^ xmask)} with k's highest X bit clear (insert holds
   * that bit only). With {@code g = -i * i^ny},
   * {@code new[k] = c psi[k] + s g sign(m) psi[m]} where {@code m = k ^ xmask} and
   * {@code sign(m) = (-1)^popcount(m & zmask)}.
   */
  static void pauliRotation(double[] s, int insert, int xmask, int zmask, double gr, double gi,
      double cos, double sin, int from, int to) {
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int k = Bits.deposit(j, insert);
      for (int e = k + run; k < e; k++) {
        int m = k ^ xmask;
        int p = k << 1, q = m << 1;
        double sk = sin * (1 - (Bits.parity(k, zmask) << 1));
        double sm = sin * (1 - (Bits.parity(m, zmask) << 1));
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = cos * xr + sm * (gr * yr - gi * yi);
        s[p + 1] = cos * xi + sm * (gr * yi + gi * yr);
        s[q] = cos * yr + sk * (gr * xr - gi * xi);
        s[q + 1] = cos * yi + sk * (gr * xi + gi * xr);
      }
      j += run;
    }
  }

  /**
   * A dense {@code d x d} matrix (interleaved, row-major) on the amplitudes
   * {@code base + offsets[r]}; {@code scratch} holds at least {@code 2 d} doubles.
   */
  static void dense(double[] s, int insert, int set, int[] offsets, double[] m, double[] scratch,
      int from, int to) {
    int d = offsets.length;
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int base = Bits.deposit(j, insert) | set;
      for (int end = base + run; base < end; base++) {
        for (int c = 0; c < d; c++) {
          int p = (base + offsets[c]) << 1;
          scratch[2 * c] = s[p];
          scratch[2 * c + 1] = s[p + 1];
        }
        for (int r = 0, row = 0; r < d; r++, row += 2 * d) {
          double re = 0, im = 0;
          for (int c = 0; c < d; c++) {
            double mr = m[row + 2 * c], mi = m[row + 2 * c + 1];
            double xr = scratch[2 * c], xi = scratch[2 * c + 1];
            re += mr * xr - mi * xi;
            im += mr * xi + mi * xr;
          }
          int p = (base + offsets[r]) << 1;
          s[p] = re;
          s[p + 1] = im;
        }
      }
      j += run;
    }
  }
}
