package io.qml4j.runtime.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.StateVector;

/** State comparisons and reference matrices shared by the OpenQASM tests. */
final class QasmAssertions {
  /** Double-precision agreement after a few dozen gates. */
  static final double TOLERANCE = 1e-12;

  private QasmAssertions() {}

  /** Equal amplitudes, global phase included. */
  static void assertSameState(StateVector expected, StateVector actual) {
    assertEquals(expected.qubits(), actual.qubits(), "qubits");
    for (int k = 0; k < expected.dimension(); k++) {
      assertEquals(expected.real(k), actual.real(k), TOLERANCE, "real part of amplitude " + k);
      assertEquals(expected.imag(k), actual.imag(k), TOLERANCE, "imaginary part of amplitude " + k);
    }
  }

  /** Equal up to a global phase: {@code |<a|b>| = 1} for normalised states. */
  static void assertSameStateUpToPhase(StateVector expected, StateVector actual) {
    assertEquals(expected.qubits(), actual.qubits(), "qubits");
    double[] overlap = expected.innerProduct(actual);
    assertEquals(1.0, Math.hypot(overlap[0], overlap[1]), TOLERANCE, "|<expected|actual>|");
  }

  /** {@code |0><0| (x) I + |1><1| (x) u} for a 2x2 interleaved matrix, control first. */
  static double[] controlled(double[] u) {
    double[] m = new double[32];
    m[0] = 1;
    m[2 * (4 + 1)] = 1;
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 2; c++) {
        m[2 * ((2 + r) * 4 + 2 + c)] = u[2 * (r * 2 + c)];
        m[2 * ((2 + r) * 4 + 2 + c) + 1] = u[2 * (r * 2 + c) + 1];
      }
    }
    return m;
  }

  /** {@code exp(i phase) u} for an interleaved matrix. */
  static double[] timesPhase(double[] u, double phase) {
    double c = Math.cos(phase), s = Math.sin(phase);
    double[] m = new double[u.length];
    for (int i = 0; i < u.length; i += 2) {
      m[i] = c * u[i] - s * u[i + 1];
      m[i + 1] = s * u[i] + c * u[i + 1];
    }
    return m;
  }

  /** The conjugate transpose of a d x d interleaved matrix (the shared definition). */
  static double[] dagger(double[] u, int d) {
    return io.qml4j.dsl.GateMatrices.conjugateTranspose(u);
  }

  /** A random d x d unitary: Gram-Schmidt on columns of Gaussian entries. */
  static double[] randomUnitary(java.util.SplittableRandom random, int d) {
    java.util.Random gaussian = new java.util.Random(random.nextLong());
    double[] m = new double[2 * d * d];
    for (int c = 0; c < d; c++) {
      for (int r = 0; r < d; r++) {
        m[2 * (r * d + c)] = gaussian.nextGaussian();
        m[2 * (r * d + c) + 1] = gaussian.nextGaussian();
      }
      for (int p = 0; p < c; p++) {
        double re = 0, im = 0; // <column p | column c>
        for (int r = 0; r < d; r++) {
          double pr = m[2 * (r * d + p)], pi = m[2 * (r * d + p) + 1];
          double cr = m[2 * (r * d + c)], ci = m[2 * (r * d + c) + 1];
          re += pr * cr + pi * ci;
          im += pr * ci - pi * cr;
        }
        for (int r = 0; r < d; r++) {
          double pr = m[2 * (r * d + p)], pi = m[2 * (r * d + p) + 1];
          m[2 * (r * d + c)] -= re * pr - im * pi;
          m[2 * (r * d + c) + 1] -= re * pi + im * pr;
        }
      }
      double norm = 0;
      for (int r = 0; r < d; r++) {
        norm += Math.pow(m[2 * (r * d + c)], 2) + Math.pow(m[2 * (r * d + c) + 1], 2);
      }
      norm = Math.sqrt(norm);
      for (int r = 0; r < d; r++) {
        m[2 * (r * d + c)] /= norm;
        m[2 * (r * d + c) + 1] /= norm;
      }
    }
    return m;
  }

  /** {@code b = exp(i alpha) a} for some alpha, entry by entry. */
  static void assertEqualUpToPhase(double[] a, double[] b) {
    int largest = 0;
    for (int i = 0; i < a.length; i += 2) {
      if (Math.hypot(a[i], a[i + 1]) > Math.hypot(a[largest], a[largest + 1])) {
        largest = i;
      }
    }
    double phase = Math.atan2(b[largest + 1], b[largest]) - Math.atan2(a[largest + 1], a[largest]);
    double[] rotated = timesPhase(a, phase);
    for (int i = 0; i < a.length; i++) {
      assertEquals(rotated[i], b[i], TOLERANCE, "entry " + i);
    }
  }
}
