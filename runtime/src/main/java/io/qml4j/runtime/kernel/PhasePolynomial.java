package io.qml4j.runtime.kernel;

import java.util.Arrays;
import java.util.Locale;

/**
 * A diagonal gate on a small state written as a phase polynomial: the phase of basis state k is
 * the sum of {@code angles[S]} over the bit sets S contained in k (S = 0 is a global phase, a
 * single bit a phase on that wire, two bits a controlled phase, and so on). Phases on parities of
 * wires (what a phase gate becomes after CNOTs, or a ZZ or multi-Z rotation) expand into such
 * terms, since {@code a XOR b = a + b - 2ab}. A run of diagonal gates between CNOTs thus adds up
 * to one array of angles, and {@link #apply} multiplies it into the state in one pass. The
 * runtime's plan compiler builds its phase tables this way, and generated models call these
 * methods for the same runs, with the masks worked out when the model was compiled. Masks are in
 * amplitude strides ({@code 1 << (n - 1 - wire)}).
 */
public final class PhasePolynomial {
  /**
   * Most qubits: a table of 2^10 complex phases (16 KiB) stays in L1 beside the amplitudes, and
   * the expansion of a parity costs at most 2^10 additions.
   */
  public static final int MAX_QUBITS = 10;

  private PhasePolynomial() {}

  /**
   * The length of the angle array for {@code qubits} qubits, {@code 2^qubits}.
   *
   * @param qubits 1 to {@link #MAX_QUBITS}
   */
  public static int length(int qubits) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1..%d, got %d", MAX_QUBITS, qubits));
    }
    return 1 << qubits;
  }

  /** Sets every angle to zero, for the next run. */
  public static void clear(double[] angles) {
    Arrays.fill(angles, 0);
  }

  /** Adds the phase {@code angle} on every basis state (a global phase). */
  public static void global(double[] angles, double angle) {
    angles[0] += angle;
  }

  /**
   * Adds the phase {@code angle} where the parity of the bits under {@code mask} is odd: each
   * nonempty subset T of the mask gets {@code (-2)^(|T| - 1) angle}.
   */
  public static void parity(double[] angles, int mask, double angle) {
    for (int t = mask; t != 0; t = (t - 1) & mask) {
      angles[t] += weight(t) * angle;
    }
  }

  /**
   * Adds the phase {@code angle} where the parities under {@code first} and under
   * {@code second} are both odd (a controlled phase after CNOTs): the product of the two
   * expansions, with each bit squared to itself. Costs {@code 2^(|first| + |second|)} additions.
   */
  public static void both(double[] angles, int first, int second, double angle) {
    for (int t = first; t != 0; t = (t - 1) & first) {
      double w = weight(t) * angle;
      for (int u = second; u != 0; u = (u - 1) & second) {
        angles[t | u] += w * weight(u);
      }
    }
  }

  /** {@code (-2)^(|t| - 1)}. */
  private static double weight(int t) {
    int c = Integer.bitCount(t);
    double w = (c & 1) == 0 ? -1 : 1;
    return Math.scalb(w, c - 1);
  }

  /**
   * Multiplies amplitude k of {@code psi} by the phase the angles give it.
   *
   * @param psi the interleaved state of {@code qubits} qubits
   * @param angles {@link #length} angles
   * @param qubits 1 to {@link #MAX_QUBITS}
   */
  public static void apply(double[] psi, double[] angles, int qubits) {
    if (angles.length != length(qubits) || psi.length != 2 << qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "psi, angles: expected %d and %d numbers for %d qubits, got %d and %d",
          2 << qubits, 1 << qubits, qubits, psi.length, angles.length));
    }
    double[] t = table(angles, qubits, null);
    for (int p = 0; p < psi.length; p += 2) {
      double pr = t[p], pi = t[p + 1], xr = psi[p], xi = psi[p + 1];
      psi[p] = pr * xr - pi * xi;
      psi[p + 1] = pr * xi + pi * xr;
    }
  }

  /**
   * The phases as an interleaved table of {@code 2^qubits} entries, times per-bit diagonals
   * where given: {@code bitDiagonals[b]} is {@code {d0r, d0i, d1r, d1i}} for bit b, or null.
   * Single bits and the global phase by doubling (2^(n+1) multiplications), each set of two or
   * more bits by one multiplication per basis state containing it.
   *
   * @param angles {@link #length} angles
   * @param qubits 1 to {@link #MAX_QUBITS}
   * @param bitDiagonals null, or one diagonal or null per bit
   * @return a new table of {@code 2^(qubits + 1)} numbers
   */
  public static double[] table(double[] angles, int qubits, double[][] bitDiagonals) {
    int dimension = 1 << qubits;
    double[] t = new double[2 * dimension];
    t[0] = Math.cos(angles[0]);
    t[1] = Math.sin(angles[0]);
    for (int bit = 0, size = 1; bit < qubits; bit++, size <<= 1) {
      double[] d = bitDiagonals == null ? null : bitDiagonals[bit];
      double d0r = 1, d0i = 0, d1r = 1, d1i = 0;
      if (d != null) {
        d0r = d[0];
        d0i = d[1];
        d1r = d[2];
        d1i = d[3];
      }
      double angle = angles[size];
      if (angle != 0) {
        double c = Math.cos(angle), s = Math.sin(angle), r = d1r * c - d1i * s;
        d1i = d1r * s + d1i * c;
        d1r = r;
      }
      for (int e = 0; e < size; e++) {
        double re = t[2 * e], im = t[2 * e + 1];
        t[2 * e] = re * d0r - im * d0i;
        t[2 * e + 1] = re * d0i + im * d0r;
        t[2 * (e + size)] = re * d1r - im * d1i;
        t[2 * (e + size) + 1] = re * d1i + im * d1r;
      }
    }
    for (int mask = 3; mask < dimension; mask++) {
      double angle = angles[mask];
      if (angle != 0 && (mask & (mask - 1)) != 0) {
        double c = Math.cos(angle), s = Math.sin(angle);
        for (int k = mask; k < dimension; k = (k + 1) | mask) {
          double re = t[2 * k], im = t[2 * k + 1];
          t[2 * k] = re * c - im * s;
          t[2 * k + 1] = re * s + im * c;
        }
      }
    }
    return t;
  }
}
