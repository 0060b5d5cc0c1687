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

  /**
   * {@code Re <bra| M |ket>} for a 2x2 matrix M on the wire of stride t. Diagonal and real
   * matrices (the scaled generators of RZ and RY, and their derivatives) take loops with a third
   * and half of the multiplications.
   */
  public static double real1(double[] bra, double[] ket, int t, double[] m) {
    boolean diagonal = m[2] == 0 && m[3] == 0 && m[4] == 0 && m[5] == 0;
    boolean real = m[1] == 0 && m[3] == 0 && m[5] == 0 && m[7] == 0;
    if (diagonal) {
      return diagonal1(bra, ket, t, m[0], m[1], m[6], m[7]);
    }
    if (real) {
      return realMatrix1(bra, ket, t, m[0], m[2], m[4], m[6]);
    }
    return general1(bra, ket, t, m);
  }

  private static double diagonal1(double[] bra, double[] ket, int t,
      double ar, double ai, double dr, double di) {
    int n = ket.length >> 1;
    double sum = 0;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        // Re(conj(b) a x) = a_r Re(conj(b) x) - a_i Im(conj(b) x)
        sum += ar * (bra[p] * ket[p] + bra[p + 1] * ket[p + 1])
            - ai * (bra[p] * ket[p + 1] - bra[p + 1] * ket[p])
            + dr * (bra[q] * ket[q] + bra[q + 1] * ket[q + 1])
            - di * (bra[q] * ket[q + 1] - bra[q + 1] * ket[q]);
      }
    }
    return sum;
  }

  private static double realMatrix1(double[] bra, double[] ket, int t,
      double a, double b, double c, double d) {
    int n = ket.length >> 1;
    double sum = 0;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double xr = ket[p], xi = ket[p + 1], yr = ket[q], yi = ket[q + 1];
        sum += bra[p] * (a * xr + b * yr) + bra[p + 1] * (a * xi + b * yi)
            + bra[q] * (c * xr + d * yr) + bra[q + 1] * (c * xi + d * yi);
      }
    }
    return sum;
  }

  private static double general1(double[] bra, double[] ket, int t, double[] m) {
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
