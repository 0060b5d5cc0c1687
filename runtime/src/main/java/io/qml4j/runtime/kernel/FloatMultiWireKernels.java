package io.qml4j.runtime.kernel;

/**
 * {@link MultiWireKernels} in single precision, scalar: exchanges, Givens rotations, Pauli-word
 * rotations and the dense fallback, the gates that variational circuits use rarely. Sums of
 * products are accumulated in float, as each is over at most {@code 2^k} terms of one gate.
 */
final class FloatMultiWireKernels {
  private FloatMultiWireKernels() {}

  /** {@code |base+a> <-> |base+b>}, each picking up the phase e. */
  static void exchange(float[] s, int insert, int set, int a, int b, float er, float ei,
      int from, int to) {
    int lowest = insert & -insert, da = a << 1, db = b << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int k = (Bits.deposit(j, insert) | set) << 1;
      for (int e = k + (run << 1); k < e; k += 2) {
        int p = k + da, q = k + db;
        float xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = er * yr - ei * yi;
        s[p + 1] = er * yi + ei * yr;
        s[q] = er * xr - ei * xi;
        s[q + 1] = er * xi + ei * xr;
      }
      j += run;
    }
  }

  /** {@code |base+a> -> c|base+a> + s|base+b>}, {@code |base+b> -> c|base+b> - s|base+a>}. */
  static void givens(float[] s, int insert, int set, int a, int b, float cos, float sin,
      int from, int to) {
    int lowest = insert & -insert, da = a << 1, db = b << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int k = (Bits.deposit(j, insert) | set) << 1;
      for (int e = k + (run << 1); k < e; k += 2) {
        int p = k + da, q = k + db;
        float xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = cos * xr - sin * yr;
        s[p + 1] = cos * xi - sin * yi;
        s[q] = sin * xr + cos * yr;
        s[q + 1] = sin * xi + cos * yi;
      }
      j += run;
    }
  }

  /** {@link MultiWireKernels#pauliRotation} over floats. */
  static void pauliRotation(float[] s, int insert, int xmask, int zmask, float gr, float gi,
      float cos, float sin, int from, int to) {
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int k = Bits.deposit(j, insert);
      for (int e = k + run; k < e; k++) {
        int m = k ^ xmask;
        int p = k << 1, q = m << 1;
        float sk = sin * (1 - (Bits.parity(k, zmask) << 1));
        float sm = sin * (1 - (Bits.parity(m, zmask) << 1));
        float xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = cos * xr + sm * (gr * yr - gi * yi);
        s[p + 1] = cos * xi + sm * (gr * yi + gi * yr);
        s[q] = cos * yr + sk * (gr * xr - gi * xi);
        s[q + 1] = cos * yi + sk * (gr * xi + gi * xr);
      }
      j += run;
    }
  }

  /** A dense matrix on the amplitudes {@code base + offsets[r]}; scratch holds 2 d floats. */
  static void dense(float[] s, int insert, int set, int[] offsets, float[] m, float[] scratch,
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
          float re = 0, im = 0;
          for (int c = 0; c < d; c++) {
            float mr = m[row + 2 * c], mi = m[row + 2 * c + 1];
            float xr = scratch[2 * c], xi = scratch[2 * c + 1];
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
