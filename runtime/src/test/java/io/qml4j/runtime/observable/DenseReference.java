package io.qml4j.runtime.observable;

import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.StateVector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The independent reference for the tests: observables as dense 2^n x 2^n matrices built by
 * Kronecker products ({@link GateMatrices#pauliWord}), and plain complex matrix arithmetic.
 * Matrices and vectors are interleaved re/im, row-major.
 */
final class DenseReference {
  private DenseReference() {}

  /** The dense matrix of H on n qubits, wire 0 the first (most significant) Kronecker factor. */
  static double[] matrix(PauliSum h, int n) {
    int d = 1 << n;
    double[] m = new double[2 * d * d];
    for (PauliSum.Term t : h.terms()) {
      StringBuilder word = new StringBuilder();
      for (int w = 0; w < n; w++) {
        word.append(t.string().letter(w));
      }
      double[] p = GateMatrices.pauliWord(word.toString());
      for (int i = 0; i < m.length; i++) {
        m[i] += t.coefficient() * p[i];
      }
    }
    return m;
  }

  /** {@code M v}. */
  static double[] multiply(double[] m, double[] v) {
    int d = v.length / 2;
    double[] out = new double[2 * d];
    for (int r = 0; r < d; r++) {
      double re = 0, im = 0;
      for (int c = 0; c < d; c++) {
        double mr = m[2 * (r * d + c)], mi = m[2 * (r * d + c) + 1];
        re += mr * v[2 * c] - mi * v[2 * c + 1];
        im += mr * v[2 * c + 1] + mi * v[2 * c];
      }
      out[2 * r] = re;
      out[2 * r + 1] = im;
    }
    return out;
  }

  /** {@code A B} of square d x d matrices. */
  static double[] multiplyMatrices(double[] a, double[] b, int d) {
    double[] out = new double[2 * d * d];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        double re = 0, im = 0;
        for (int k = 0; k < d; k++) {
          double ar = a[2 * (r * d + k)], ai = a[2 * (r * d + k) + 1];
          double br = b[2 * (k * d + c)], bi = b[2 * (k * d + c) + 1];
          re += ar * br - ai * bi;
          im += ar * bi + ai * br;
        }
        out[2 * (r * d + c)] = re;
        out[2 * (r * d + c) + 1] = im;
      }
    }
    return out;
  }

  /** {@code <u|v>} as {re, im}. */
  static double[] inner(double[] u, double[] v) {
    double re = 0, im = 0;
    for (int i = 0; i < u.length; i += 2) {
      re += u[i] * v[i] + u[i + 1] * v[i + 1];
      im += u[i] * v[i + 1] - u[i + 1] * v[i];
    }
    return new double[] {re, im};
  }

  /** {@code <psi|M|psi>} as {re, im}. */
  static double[] expectation(double[] m, double[] psi) {
    return inner(psi, multiply(m, psi));
  }

  /** A normalised random state with Gaussian amplitudes (Haar-distributed). */
  static StateVector randomState(int n, SplittableRandom random) {
    double[] a = new double[2 << n];
    double norm = 0;
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextGaussian();
      norm += a[i] * a[i];
    }
    for (int i = 0; i < a.length; i++) {
      a[i] /= Math.sqrt(norm);
    }
    return StateVector.of(n, a);
  }

  /** A random Pauli string on n qubits (may be the identity). */
  static PauliString randomString(int n, SplittableRandom random) {
    PauliString p = PauliString.identity();
    for (int w = 0; w < n; w++) {
      p = p.times(PauliString.of("IXYZ".charAt(random.nextInt(4)), w)).string();
    }
    return p;
  }

  /** A random sum of {@code terms} strings with coefficients in [-2, 2). */
  static PauliSum randomSum(int n, int terms, SplittableRandom random) {
    List<PauliSum.Term> list = new ArrayList<>();
    for (int t = 0; t < terms; t++) {
      list.add(new PauliSum.Term(4 * random.nextDouble() - 2, randomString(n, random)));
    }
    return PauliSum.of(list);
  }
}
