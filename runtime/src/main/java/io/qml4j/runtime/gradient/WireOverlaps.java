package io.qml4j.runtime.gradient;

/**
 * The 2x2 cross matrices of two states on a set of wires, {@code M_w[a][b] = sum over the other
 * wires of conj(bra[.., w = a, ..]) ket[.., w = b, ..]}, in one blocked traversal: for any 2x2
 * matrix B on wire w, {@code <bra| B |ket> = sum_ab B[a][b] M_w[a][b]}. At a point of the
 * adjoint's backward sweep this gives the derivative of every single-qubit gate still open there
 * from one read of {@code lambda} and {@code psi} ({@link PointSweep}), where peeling gate by gate
 * reads both states three times per gate.
 *
 * <p>Wires whose pairs lie within blocks of {@code 2^BLOCK_BITS} amplitudes (256 KiB of each
 * state, both in L2) are summed block by block. The higher wires are summed over gathered groups:
 * for each setting of the bits in between, the chunks that differ only in those high bits are
 * copied side by side into one block-sized scratch pair, so every amplitude is read from memory
 * twice in all, whatever the number of wires.
 */
final class WireOverlaps {
  /** Bits of a block: its pairs of both states fit in the L2 cache. */
  static final int BLOCK_BITS = 14;
  /** The smallest chunk, in bits, that a gathered group copies at a time. */
  private static final int MIN_CHUNK_BITS = 4;

  /** The loops in Java, for platforms without the Vector API and as the tests' reference. */
  static final WireOverlapKernels SCALAR = new ScalarWireOverlaps();

  private WireOverlaps() {}

  /**
   * The cross matrices of the wires flagged in {@code wires} (wire 0 most significant):
   * {@code m[8w + 2(2a + b)]} and {@code m[8w + 2(2a + b) + 1]} are the real and imaginary parts
   * of {@code M_w[a][b]}; unflagged wires are left zero.
   */
  static double[] of(double[] bra, double[] ket, int n, boolean[] wires) {
    return of(bra, ket, n, wires, kernels(), BLOCK_BITS);
  }

  /** {@link #of(double[], double[], int, boolean[])} with given kernels and block size. */
  static double[] of(double[] bra, double[] ket, int n, boolean[] wires,
      WireOverlapKernels kernels, int blockBits) {
    int want = 0;
    for (int w = 0; w < n; w++) {
      if (wires[w]) {
        want |= 1 << (n - 1 - w);
      }
    }
    double[] acc = new double[WireOverlapKernels.TOTAL + 2];
    int bits = Math.min(n, blockBits);
    WireOverlapKernels k = bits >= kernels.minBits() ? kernels : SCALAR;
    int low = want & ((1 << bits) - 1);
    for (int from = 0; from < 1 << n; from += 1 << bits) {
      k.block(bra, ket, from, bits, low, true, acc);
    }
    int high = want & ~((1 << bits) - 1);
    while (high != 0) {
      high &= ~gathered(bra, ket, n, high, bits, k, acc);
    }
    return matrices(n, wires, acc);
  }

  /**
   * Sums the lowest of the {@code high} bits that fit in one group beside chunks of at least
   * {@code 2^MIN_CHUNK_BITS} amplitudes; returns the mask of the bits it summed.
   */
  private static int gathered(double[] bra, double[] ket, int n, int high, int bits,
      WireOverlapKernels k, double[] acc) {
    int r = Math.min(Integer.bitCount(high), Math.max(1, bits - MIN_CHUNK_BITS));
    int[] q = new int[r];
    int qMask = 0;
    for (int j = 0, rest = high; j < r; j++, rest &= rest - 1) {
      q[j] = Integer.numberOfTrailingZeros(rest);
      qMask |= 1 << q[j];
    }
    int c = bits - r;
    int chunk = 2 << c;
    double[] braGroup = new double[chunk << r];
    double[] ketGroup = new double[chunk << r];
    double[] groupAcc = new double[WireOverlapKernels.TOTAL + 2];
    int others = ((1 << n) - 1) & ~qMask & ~((1 << c) - 1);
    int groupMask = ((1 << r) - 1) << c;
    int base = 0;
    do {
      for (int j = 0; j < 1 << r; j++) {
        int src = base | deposit(j, q);
        System.arraycopy(bra, 2 * src, braGroup, j * chunk, chunk);
        System.arraycopy(ket, 2 * src, ketGroup, j * chunk, chunk);
      }
      k.block(braGroup, ketGroup, 0, c + r, groupMask, false, groupAcc);
      base = (base - others) & others;
    } while (base != 0);
    for (int j = 0; j < r; j++) {
      for (int s = 0; s < WireOverlapKernels.SLOTS; s++) {
        acc[WireOverlapKernels.SLOTS * q[j] + s] += groupAcc[WireOverlapKernels.SLOTS * (c + j) + s];
      }
    }
    return qMask;
  }

  /** The index whose bit {@code q[j]} is bit j of {@code value}. */
  private static int deposit(int value, int[] q) {
    int index = 0;
    for (int j = 0; j < q.length; j++) {
      index |= ((value >> j) & 1) << q[j];
    }
    return index;
  }

  private static double[] matrices(int n, boolean[] wires, double[] acc) {
    double totalRe = acc[WireOverlapKernels.TOTAL], totalIm = acc[WireOverlapKernels.TOTAL + 1];
    double[] m = new double[8 * n];
    for (int w = 0; w < n; w++) {
      if (!wires[w]) {
        continue;
      }
      int s = WireOverlapKernels.SLOTS * (n - 1 - w);
      int o = 8 * w;
      m[o] = totalRe - acc[s + 4];
      m[o + 1] = totalIm - acc[s + 5];
      m[o + 2] = acc[s];
      m[o + 3] = acc[s + 1];
      m[o + 4] = acc[s + 2];
      m[o + 5] = acc[s + 3];
      m[o + 6] = acc[s + 4];
      m[o + 7] = acc[s + 5];
    }
    return m;
  }

  /** {@code Re sum_ab B[a][b] M_w[a][b]} = {@code Re <bra| B |ket>} for B on wire w. */
  static double real(double[] m, int w, double[] b) {
    int o = 8 * w;
    double sum = 0;
    for (int e = 0; e < 4; e++) {
      sum += b[2 * e] * m[o + 2 * e] - b[2 * e + 1] * m[o + 2 * e + 1];
    }
    return sum;
  }

  private static WireOverlapKernels kernels() {
    WireOverlapKernels vector = AdjointSimd.WIRE_OVERLAPS;
    return vector == null ? SCALAR : vector;
  }

  /** The sums of {@link WireOverlapKernels#block} in plain loops. */
  private static final class ScalarWireOverlaps implements WireOverlapKernels {
    @Override
    public int minBits() {
      return 0;
    }

    @Override
    public void block(double[] bra, double[] ket, int from, int bits, int mask, boolean total,
        double[] acc) {
      int end = from + (1 << bits);
      if (total) {
        double re = 0, im = 0;
        for (int i = 2 * from; i < 2 * end; i += 2) {
          re += bra[i] * ket[i] + bra[i + 1] * ket[i + 1];
          im += bra[i] * ket[i + 1] - bra[i + 1] * ket[i];
        }
        acc[TOTAL] += re;
        acc[TOTAL + 1] += im;
      }
      for (int rest = mask; rest != 0; rest &= rest - 1) {
        int q = Integer.numberOfTrailingZeros(rest);
        bit(bra, ket, 2 * from, 2 * end, 2 << q, acc, SLOTS * q);
      }
    }

    private static void bit(double[] bra, double[] ket, int start, int end, int stride,
        double[] acc, int slot) {
      double sr = 0, si = 0, tr = 0, ti = 0, dr = 0, di = 0;
      for (int base = start; base < end; base += 2 * stride) {
        for (int a = base; a < base + stride; a += 2) {
          int b = a + stride;
          double lar = bra[a], lai = bra[a + 1], lbr = bra[b], lbi = bra[b + 1];
          double kar = ket[a], kai = ket[a + 1], kbr = ket[b], kbi = ket[b + 1];
          sr += lar * kbr + lai * kbi;
          si += lar * kbi - lai * kbr;
          tr += lbr * kar + lbi * kai;
          ti += lbr * kai - lbi * kar;
          dr += lbr * kbr + lbi * kbi;
          di += lbr * kbi - lbi * kbr;
        }
      }
      acc[slot] += sr;
      acc[slot + 1] += si;
      acc[slot + 2] += tr;
      acc[slot + 3] += ti;
      acc[slot + 4] += dr;
      acc[slot + 5] += di;
    }
  }
}
