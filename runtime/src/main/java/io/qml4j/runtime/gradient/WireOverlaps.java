package io.qml4j.runtime.gradient;

import io.qml4j.runtime.kernel.ParallelChunks;

/**
 * What a derivative operator on one wire reads of two states, for a set of wires, in one blocked
 * traversal. With {@code M_w[a][b] = sum over the other wires of conj(bra[.., w = a, ..])
 * ket[.., w = b, ..]}, {@code <bra| B |ket> = sum_ab B[a][b] M_w[a][b]} for any 2x2 matrix B on
 * wire w; the derivative operators of adjoint differentiation, {@code B = dU U^dagger} and its
 * conjugates, are anti-Hermitian, and the real part for such a B needs four numbers per wire:
 * {@code Im M_w[0][0]}, {@code Im M_w[1][1]}, {@code Re(M_w[0][1] - M_w[1][0])} and
 * {@code Im(M_w[0][1] + M_w[1][0])}. At a point of the backward sweep this gives the derivative of
 * every single-qubit gate still open there from one read of {@code lambda} and {@code psi}
 * ({@link PointSweep}), where peeling gate by gate reads both states three times per gate.
 *
 * <p>The traversal follows the cache: the lowest wires sub-block by sub-block from L1, the
 * wires up to {@link #BLOCK_BITS} block by block from L2, the higher ones over the whole states,
 * two bits per pass so that each pass over memory serves two wires.
 */
final class WireOverlaps {
  /** Bits of a block whose pairs of both states are read from L2 (256 KiB of each state). */
  static final int BLOCK_BITS = 14;
  /** Bits of a sub-block whose pairs are read from L1 (16 KiB of each state). */
  static final int INNER_BITS = 10;

  /** The loops in Java, for platforms without the Vector API and as the tests' reference. */
  static final WireOverlapKernels SCALAR = new ScalarWireOverlaps();

  private WireOverlaps() {}

  /**
   * The four numbers of each wire flagged in {@code wires} (wire 0 most significant), at
   * {@code m[4w] .. m[4w + 3]}: {@code Im M_w[0][0]}, {@code Im M_w[1][1]},
   * {@code Re(M_w[0][1] - M_w[1][0])} and {@code Im(M_w[0][1] + M_w[1][0])}; unflagged wires are
   * left zero. {@link #real} reads an operator's overlap from them.
   */
  static double[] of(double[] bra, double[] ket, int n, boolean[] wires) {
    return of(bra, ket, n, wires, 1);
  }

  /**
   * {@link #of(double[], double[], int, boolean[])} on up to {@code threads} threads: the blocks,
   * and the passes over the whole states, are shared out; the partial sums are added in a fixed
   * order, so the result does not depend on which thread did what.
   */
  static double[] of(double[] bra, double[] ket, int n, boolean[] wires, int threads) {
    return of(bra, ket, n, wires, kernels(), BLOCK_BITS, INNER_BITS, threads);
  }

  /** {@link #of(double[], double[], int, boolean[], int)} with given kernels and block sizes. */
  static double[] of(double[] bra, double[] ket, int n, boolean[] wires,
      WireOverlapKernels kernels, int blockBits, int innerBits, int threads) {
    int want = 0;
    for (int w = 0; w < n; w++) {
      if (wires[w]) {
        want |= 1 << (n - 1 - w);
      }
    }
    WireOverlapKernels k = n >= kernels.minBits() ? kernels : SCALAR;
    int bits = Math.max(k.minBits(), Math.min(n, blockBits));
    int inner = Math.max(k.minBits(), Math.min(bits, innerBits));
    int innerMask = want & ((1 << inner) - 1);
    int blockMask = want & ((1 << bits) - 1) & ~innerMask;
    int[] highPairs = pairs(want & ~((1 << bits) - 1));
    int blocks = 1 << (n - bits);
    double[][] parts = new double[blocks + highPairs.length][];
    ParallelChunks.run(parts.length, threads, c -> {
      double[] acc = new double[WireOverlapKernels.TOTAL + 1];
      if (c < blocks) {
        int from = c << bits;
        for (int sub = from; sub < from + (1 << bits); sub += 1 << inner) {
          k.block(bra, ket, sub, inner, innerMask, true, acc);
        }
        if (blockMask != 0) {
          k.block(bra, ket, from, bits, blockMask, false, acc);
        }
      } else {
        k.block(bra, ket, 0, n, highPairs[c - blocks], false, acc);
      }
      parts[c] = acc;
    });
    double[] acc = new double[WireOverlapKernels.TOTAL + 1];
    for (double[] part : parts) {
      for (int i = 0; i < acc.length; i++) {
        acc[i] += part[i];
      }
    }
    return matrices(n, wires, acc);
  }

  /** The bits of a mask two by two (the last alone where their number is odd), as masks. */
  private static int[] pairs(int mask) {
    int[] out = new int[(Integer.bitCount(mask) + 1) / 2];
    for (int j = 0; j < out.length; j++) {
      int first = Integer.lowestOneBit(mask);
      mask &= ~first;
      int second = Integer.lowestOneBit(mask);
      mask &= ~second;
      out[j] = first | second;
    }
    return out;
  }

  private static double[] matrices(int n, boolean[] wires, double[] acc) {
    double totalIm = acc[WireOverlapKernels.TOTAL];
    double[] m = new double[4 * n];
    for (int w = 0; w < n; w++) {
      if (!wires[w]) {
        continue;
      }
      int s = WireOverlapKernels.SLOTS * (n - 1 - w);
      m[4 * w] = totalIm - acc[s + 2];
      m[4 * w + 1] = acc[s + 2];
      m[4 * w + 2] = acc[s];
      m[4 * w + 3] = acc[s + 1];
    }
    return m;
  }

  /**
   * {@code Re <bra| B |ket>} for an anti-Hermitian 2x2 matrix B on wire w (layout of
   * {@link io.qml4j.dsl.GateMatrices}), from the numbers of {@link #of}: with
   * {@code B = [[i b0, c], [-conj(c), i b1]]} it is
   * {@code -b0 Im M00 - b1 Im M11 + Re c Re(M01 - M10) - Im c Im(M01 + M10)}.
   */
  static double real(double[] m, int w, double[] b) {
    int o = 4 * w;
    return -b[1] * m[o] - b[7] * m[o + 1] + b[2] * m[o + 2] - b[3] * m[o + 3];
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
        double im = 0;
        for (int i = 2 * from; i < 2 * end; i += 2) {
          im += bra[i] * ket[i + 1] - bra[i + 1] * ket[i];
        }
        acc[TOTAL] += im;
      }
      for (int rest = mask; rest != 0; rest &= rest - 1) {
        int q = Integer.numberOfTrailingZeros(rest);
        bit(bra, ket, 2 * from, 2 * end, 2 << q, acc, SLOTS * q);
      }
    }

    private static void bit(double[] bra, double[] ket, int start, int end, int stride,
        double[] acc, int slot) {
      double x = 0, y = 0, z = 0;
      for (int base = start; base < end; base += 2 * stride) {
        for (int a = base; a < base + stride; a += 2) {
          int b = a + stride;
          double lar = bra[a], lai = bra[a + 1], lbr = bra[b], lbi = bra[b + 1];
          double kar = ket[a], kai = ket[a + 1], kbr = ket[b], kbi = ket[b + 1];
          x += lar * kbr + lai * kbi - lbr * kar - lbi * kai;
          y += lar * kbi - lai * kbr + lbr * kai - lbi * kar;
          z += lbr * kbi - lbi * kbr;
        }
      }
      acc[slot] += x;
      acc[slot + 1] += y;
      acc[slot + 2] += z;
    }
  }
}
