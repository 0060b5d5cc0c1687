package io.qml4j.runtime.gradient;

/**
 * Small dense complex matrices (row-major, real and imaginary parts interleaved, as in
 * {@link io.qml4j.dsl.GateMatrices}) for building derivative and inverse matrices of single gates.
 * Allocating and unoptimised: matrices here are at most 16 x 16, built once per gate.
 */
final class ComplexMatrices {
  private ComplexMatrices() {}

  /** The dimension d of a d x d matrix stored in {@code m}. */
  static int dimension(double[] m) {
    return (int) Math.round(Math.sqrt(m.length / 2.0));
  }

  /** {@code -i/2 a}: the factor that turns a generator G into d/dt of exp(-i t G / 2). */
  static double[] timesMinusHalfI(double[] a) {
    double[] m = new double[a.length];
    for (int i = 0; i < a.length; i += 2) {
      m[i] = a[i + 1] / 2;
      m[i + 1] = -a[i] / 2;
    }
    return m;
  }

  /** A d x d matrix with the single entry {@code (r, c) = re + i im}. */
  static double[] single(int d, int r, int c, double re, double im) {
    double[] m = new double[2 * d * d];
    m[2 * (r * d + c)] = re;
    m[2 * (r * d + c) + 1] = im;
    return m;
  }

  /** {@code a + b}. */
  static double[] plus(double[] a, double[] b) {
    double[] m = a.clone();
    for (int i = 0; i < m.length; i++) {
      m[i] += b[i];
    }
    return m;
  }
}
