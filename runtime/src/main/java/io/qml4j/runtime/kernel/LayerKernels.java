package io.qml4j.runtime.kernel;

import java.util.Locale;

/**
 * A layer of diagonal single-qubit gates (RZ, S, T, PhaseShift, Z) on several wires, applied in
 * one pass for generated code: the product of the layer's diagonals is a phase per basis index
 * that factors over the bits, so it is tabulated per chunk of bits into a caller-owned buffer and
 * applied at two complex multiplications per amplitude however many wires the layer covers. The
 * same tabulation as a {@link Plan}'s diagonal layer, over one flat buffer so that the caller can
 * reuse it without allocating: {@link #clear}, then {@link #wire} once per wire of the layer, then
 * {@link #apply} (whole state or one tile; the layer is diagonal, so any range is valid).
 */
public final class LayerKernels {
  private LayerKernels() {}

  /** Doubles of table buffer needed for an n-qubit state. */
  public static int tableLength(int qubits) {
    checkQubits(qubits);
    int bits = DiagonalLayerStep.chunkBits(qubits);
    return chunks(qubits, bits) * (2 << bits);
  }

  /** Resets the table to the identity layer. */
  public static void clear(double[] table, int qubits) {
    checkTable(table, qubits);
    int bits = DiagonalLayerStep.chunkBits(qubits);
    for (int c = 0, chunks = chunks(qubits, bits); c < chunks; c++) {
      int at = c * (2 << bits);
      for (int e = 0, size = 1 << Math.min(bits, qubits - c * bits); e < size; e++) {
        table[at + 2 * e] = 1;
        table[at + 2 * e + 1] = 0;
      }
    }
  }

  /**
   * Multiplies {@code diag(d0, d1)} on the wire of stride t into the table: O(2^chunkBits) work,
   * independent of the state size.
   */
  public static void wire(double[] table, int qubits, int t,
      double d0r, double d0i, double d1r, double d1i) {
    checkTable(table, qubits);
    if (t <= 0 || Integer.bitCount(t) != 1 || t >= 1 << qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "t: expected a power of two below 2^%d, got %d", qubits, t));
    }
    int bits = DiagonalLayerStep.chunkBits(qubits);
    int bit = Integer.numberOfTrailingZeros(t);
    int c = bit / bits;
    int local = 1 << (bit - c * bits);
    int at = c * (2 << bits);
    for (int e = 0, size = 1 << Math.min(bits, qubits - c * bits); e < size; e++) {
      double dr = (e & local) == 0 ? d0r : d1r, di = (e & local) == 0 ? d0i : d1i;
      int p = at + 2 * e;
      double re = table[p], im = table[p + 1];
      table[p] = re * dr - im * di;
      table[p + 1] = re * di + im * dr;
    }
  }

  /** Applies the tabulated layer to the whole state. */
  public static void apply(double[] s, double[] table, int qubits) {
    apply(s, table, qubits, 0, s.length >> 1);
  }

  /** Applies the tabulated layer to amplitudes [from, to) only (one tile of a blocked run). */
  public static void apply(double[] s, double[] table, int qubits, int from, int to) {
    checkTable(table, qubits);
    if (from < 0 || from > to || to > s.length >> 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "from, to: expected 0 <= from <= to <= %d, got %d, %d", s.length >> 1, from, to));
    }
    int bits = DiagonalLayerStep.chunkBits(qubits);
    int chunks = chunks(qubits, bits);
    int stride = 2 << bits;
    int lowMask = (1 << Math.min(bits, qubits)) - 1;
    for (int k = from; k < to;) {
      int end = Math.min(to, (k | lowMask) + 1);
      // the phase of the higher chunks is constant over a run of the low chunk
      double hr = 1, hi = 0;
      for (int c = 1; c < chunks; c++) {
        int size = 1 << Math.min(bits, qubits - c * bits);
        int e = c * stride + (((k >>> (c * bits)) & (size - 1)) << 1);
        double r = hr * table[e] - hi * table[e + 1];
        hi = hr * table[e + 1] + hi * table[e];
        hr = r;
      }
      if (Simd.KERNELS != null && Simd.wide(end - k)) {
        Simd.KERNELS.interleavedTablePhase(s, k << 1, (end - k) << 1, table, (k & lowMask) << 1,
            hr, hi);
        k = end;
        continue;
      }
      for (; k < end; k++) {
        int e = (k & lowMask) << 1, p = k << 1;
        double pr = table[e] * hr - table[e + 1] * hi, pi = table[e] * hi + table[e + 1] * hr;
        double xr = s[p], xi = s[p + 1];
        s[p] = pr * xr - pi * xi;
        s[p + 1] = pr * xi + pi * xr;
      }
    }
  }

  private static int chunks(int qubits, int bits) {
    return (qubits + bits - 1) / bits;
  }

  private static void checkQubits(int qubits) {
    if (qubits < 1 || qubits > 30) {
      throw new IllegalArgumentException("qubits: expected 1..30, got " + qubits);
    }
  }

  private static void checkTable(double[] table, int qubits) {
    int length = tableLength(qubits);
    if (table.length < length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "table: expected at least %d doubles for %d qubits, got %d", length, qubits,
          table.length));
    }
  }
}
