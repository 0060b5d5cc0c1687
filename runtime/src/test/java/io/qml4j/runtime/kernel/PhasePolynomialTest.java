package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Phase polynomials against the phases written out basis state by basis state: a global phase,
 * parities of every mask size and products of two parities, for every state of up to six qubits.
 */
class PhasePolynomialTest {
  @Test
  void expansionsGiveThePhaseOfEveryBasisState() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int n = 1; n <= 6; n++) {
      int dimension = 1 << n;
      double[] angles = new double[PhasePolynomial.length(n)];
      double[] expected = new double[dimension];
      double global = rnd.nextDouble(-3, 3);
      PhasePolynomial.global(angles, global);
      for (int k = 0; k < dimension; k++) {
        expected[k] = global;
      }
      for (int term = 0; term < 8; term++) {
        int first = 1 + rnd.nextInt(dimension - 1), second = 1 + rnd.nextInt(dimension - 1);
        double a = rnd.nextDouble(-3, 3), b = rnd.nextDouble(-3, 3);
        PhasePolynomial.parity(angles, first, a);
        PhasePolynomial.both(angles, first, second, b);
        for (int k = 0; k < dimension; k++) {
          int p = Integer.bitCount(k & first) & 1, q = Integer.bitCount(k & second) & 1;
          expected[k] += a * p + b * p * q;
        }
      }
      double[] psi = new double[2 * dimension];
      for (int k = 0; k < dimension; k++) {
        psi[2 * k] = 1;
      }
      PhasePolynomial.apply(psi, angles, n);
      for (int k = 0; k < dimension; k++) {
        assertEquals(Math.cos(expected[k]), psi[2 * k], 1e-12, "re, n=" + n + " k=" + k);
        assertEquals(Math.sin(expected[k]), psi[2 * k + 1], 1e-12, "im, n=" + n + " k=" + k);
      }
    }
  }

  @Test
  void rejectsStatesOfTheWrongSize() {
    assertThrows(IllegalArgumentException.class, () -> PhasePolynomial.length(11));
    assertThrows(IllegalArgumentException.class,
        () -> PhasePolynomial.apply(new double[8], new double[4], 3));
  }
}
