package io.qml4j.runtime.kernel;

/**
 * Single-qubit diagonal gates on several wires at once (a layer of RZ, S, T, PhaseShift): their
 * product is a phase per basis index that factors over the bits, so it is tabulated per chunk of
 * {@code chunkBits} bits and applied in one pass, at the cost of two complex multiplications per
 * amplitude however many wires the layer covers. Diagonal, so always local.
 */
final class DiagonalLayerStep extends Step {
  /**
   * Most bits per table: 2^10 complex entries are 16 KiB, small enough to stay in L1 beside the
   * amplitudes. Small states use tables of half their bits, so that building the tables (about
   * 2^(bits+1) multiplications per table) stays far below one pass over the state.
   */
  static final int CHUNK_BITS = 10;

  /** The table size for an n-qubit state. */
  static int chunkBits(int qubits) {
    return Math.max(1, Math.min(CHUNK_BITS, (qubits + 1) / 2));
  }

  private final int chunkBits;
  /** tables[c][2e], tables[c][2e+1]: the phase of bits [c chunkBits, (c+1) chunkBits) equal to e. */
  private final double[][] tables;
  /** The wires of the layer's diagonals, as strides. */
  private final int wires;
  /** The lowest table laid out for {@link RunKernels#tablePhase}, or null on the scalar path. */
  private final double[] lowRe, lowIm;

  /**
   * A layer on an n-qubit state: {@code diagonals[w]} is {@code {d0r, d0i, d1r, d1i}} for the wire
   * of stride {@code strides[w]}.
   */
  DiagonalLayerStep(int qubits, int[] strides, double[][] diagonals, int chunkBits) {
    super(0, 0, 0);
    this.chunkBits = chunkBits;
    int wires = 0;
    for (int stride : strides) {
      wires |= stride;
    }
    this.wires = wires;
    int chunks = (qubits + chunkBits - 1) / chunkBits;
    tables = new double[chunks][];
    double[][] byBit = new double[qubits][];
    for (int w = 0; w < strides.length; w++) {
      byBit[Integer.numberOfTrailingZeros(strides[w])] = diagonals[w];
    }
    for (int c = 0; c < chunks; c++) {
      int bits = Math.min(chunkBits, qubits - c * chunkBits);
      // built by doubling, bit by bit from the lowest: 2^(bits+1) multiplications in all
      double[] table = new double[2 << bits];
      table[0] = 1;
      for (int b = 0, size = 1; b < bits; b++, size <<= 1) {
        double[] d = byBit[c * chunkBits + b];
        for (int e = size - 1; e >= 0; e--) {
          double re = table[2 * e], im = table[2 * e + 1];
          if (d == null) {
            table[2 * (e + size)] = re;
            table[2 * (e + size) + 1] = im;
          } else {
            table[2 * e] = re * d[0] - im * d[1];
            table[2 * e + 1] = re * d[1] + im * d[0];
            table[2 * (e + size)] = re * d[2] - im * d[3];
            table[2 * (e + size) + 1] = re * d[3] + im * d[2];
          }
        }
      }
      tables[c] = table;
    }
    if (Simd.KERNELS != null && Simd.wide(tables[0].length >> 1)) {
      double[] low = tables[0];
      lowRe = new double[low.length];
      lowIm = new double[low.length];
      for (int e = 0; e < low.length; e += 2) {
        lowRe[e] = low[e];
        lowRe[e + 1] = low[e];
        lowIm[e] = -low[e + 1];
        lowIm[e + 1] = low[e + 1];
      }
    } else {
      lowRe = null;
      lowIm = null;
    }
  }

  @Override
  int support() {
    return wires;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    double[] low = tables[0];
    int lowMask = (low.length >> 1) - 1;
    if (lowRe != null) {
      applyWide(s, from, to, lowMask);
      return;
    }
    if (tables.length == 1) {
      for (int k = from; k < to; k++) {
        int e = (k & lowMask) << 1, p = k << 1;
        double pr = low[e], pi = low[e + 1], xr = s[p], xi = s[p + 1];
        s[p] = pr * xr - pi * xi;
        s[p + 1] = pr * xi + pi * xr;
      }
      return;
    }
    double[] h = new double[2];
    for (int k = from; k < to;) {
      int end = Math.min(to, (k | lowMask) + 1);
      // the phase of the higher chunks is constant over a run of the low chunk
      highPhase(k, h);
      double hr = h[0], hi = h[1];
      for (; k < end; k++) {
        int e = (k & lowMask) << 1, p = k << 1;
        double pr = low[e] * hr - low[e + 1] * hi, pi = low[e] * hi + low[e + 1] * hr;
        double xr = s[p], xi = s[p + 1];
        s[p] = pr * xr - pi * xi;
        s[p + 1] = pr * xi + pi * xr;
      }
    }
  }

  /** {@link #apply} with each run of the lowest table in the vector loop. */
  private void applyWide(double[] s, int from, int to, int lowMask) {
    double[] h = new double[2];
    for (int k = from; k < to;) {
      int end = Math.min(to, (k | lowMask) + 1);
      highPhase(k, h);
      double hr = h[0], hi = h[1];
      Simd.KERNELS.tablePhase(s, k << 1, (end - k) << 1, lowRe, lowIm, (k & lowMask) << 1, hr, hi);
      k = end;
    }
  }

  /**
   * The lowest table in {@link RunKernels#tablePhase}'s layout, real parts then imaginary, for
   * {@link LowRealsStep} to apply in its own pass; null on the scalar path.
   */
  double[][] lowTable() {
    return lowRe == null ? null : new double[][] {lowRe, lowIm};
  }

  /** Amplitudes per entry of the lowest table, minus one: the mask of its bits. */
  int lowMask() {
    return (tables[0].length >> 1) - 1;
  }

  /** Writes into h the product of the higher tables' phases at amplitude k (re, im). */
  void highPhase(int k, double[] h) {
    double hr = 1, hi = 0;
    for (int c = 1; c < tables.length; c++) {
      double[] table = tables[c];
      int e = ((k >>> (c * chunkBits)) & ((table.length >> 1) - 1)) << 1;
      double r = hr * table[e] - hi * table[e + 1];
      hi = hr * table[e + 1] + hi * table[e];
      hr = r;
    }
    h[0] = hr;
    h[1] = hi;
  }

  @Override
  void applyBlock(double[] s, int dimension, int outer, int value, double[] scratch) {
    applyBlockByRuns(s, dimension, outer, value, scratch);
  }

  @Override
  FloatStep toFloat() {
    return new FloatDiagonalLayerStep(this, tables, chunkBits);
  }
}
