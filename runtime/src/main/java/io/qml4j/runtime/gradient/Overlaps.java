package io.qml4j.runtime.gradient;

/**
 * Real parts of inner products {@code Re <bra| M |ket>} over flat interleaved amplitude arrays,
 * with M a small matrix on a few wires given by their strides. Adjoint differentiation needs
 * exactly these: {@code dE/dt = 2 Re <lambda| dU/dt |phi>} (Jones and Gacon 2020, eq. 8), and
 * fusing the derivative with the inner product reads both states once without a scratch state.
 * Allocation-free in the loops.
 */
public final class Overlaps {
  private Overlaps() {}

  /** {@code Re <bra|ket>}. */
  public static double real(double[] bra, double[] ket) {
    double sum = 0;
    for (int i = 0; i < bra.length; i++) {
      sum += bra[i] * ket[i];
    }
    return sum;
  }

  /**
   * {@code Re <bra| M |ket>}, M a {@code 2^k x 2^k} matrix (layout of
   * {@link io.qml4j.dsl.GateMatrices}) on the k wires of the given strides, the first stride the
   * most significant bit of M's index, and the identity on every other wire.
   */
  public static double real(double[] bra, double[] ket, int[] strides, double[] m) {
    if (strides.length == 1) {
      return real1(bra, ket, strides[0], m);
    }
    int k = strides.length;
    int d = 1 << k;
    int mask = 0;
    for (int st : strides) {
      mask |= st;
    }
    int[] offsets = new int[d];
    for (int r = 0; r < d; r++) {
      for (int b = 0; b < k; b++) {
        if ((r & (1 << (k - 1 - b))) != 0) {
          offsets[r] |= strides[b];
        }
      }
    }
    double sum = 0;
    int n = ket.length >> 1;
    for (int base = 0; base < n; base++) {
      if ((base & mask) != 0) {
        continue;
      }
      for (int r = 0; r < d; r++) {
        double zr = 0, zi = 0;
        for (int c = 0; c < d; c++) {
          double mr = m[2 * (r * d + c)], mi = m[2 * (r * d + c) + 1];
          if (mr == 0 && mi == 0) {
            continue;
          }
          int q = (base | offsets[c]) << 1;
          zr += mr * ket[q] - mi * ket[q + 1];
          zi += mr * ket[q + 1] + mi * ket[q];
        }
        int p = (base | offsets[r]) << 1;
        sum += bra[p] * zr + bra[p + 1] * zi;
      }
    }
    return sum;
  }

  /** {@code Re <bra| M |ket>} for a 2x2 matrix M on the wire of stride t. */
  public static double real1(double[] bra, double[] ket, int t, double[] m) {
    double ar = m[0], ai = m[1], br = m[2], bi = m[3];
    double cr = m[4], ci = m[5], dr = m[6], di = m[7];
    int n = ket.length >> 1;
    double sum = 0;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double xr = ket[p], xi = ket[p + 1], yr = ket[q], yi = ket[q + 1];
        double ur = ar * xr - ai * xi + br * yr - bi * yi;
        double ui = ar * xi + ai * xr + br * yi + bi * yr;
        double vr = cr * xr - ci * xi + dr * yr - di * yi;
        double vi = cr * xi + ci * xr + dr * yi + di * yr;
        sum += bra[p] * ur + bra[p + 1] * ui + bra[q] * vr + bra[q + 1] * vi;
      }
    }
    return sum;
  }
}
