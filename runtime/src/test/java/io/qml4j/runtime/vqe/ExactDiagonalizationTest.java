package io.qml4j.runtime.vqe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import org.junit.jupiter.api.Test;

class ExactDiagonalizationTest {
  @Test
  void realSingleQubitSpectrum() {
    // a X + b Z has eigenvalues +-sqrt(a^2 + b^2)
    double[] e = ExactDiagonalization.eigenvalues(PauliSum.parse("0.3 X0 + 0.4 Z0 + 1"), 1);
    assertArrayEquals(new double[] {0.5, 1.5}, e, 1e-12);
  }

  @Test
  void complexHamiltonianGoesThroughTheEmbeddingWithEachEigenvalueOnce() {
    PauliSum h = PauliSum.parse("0.3 Y0 + 0.4 Z0 + 0.5 X1 + 0.2 Y0 X1");
    assertFalse(ExactDiagonalization.isReal(h));
    // Y0 and Z0 anticommute with each other and commute with X1: on each X1 = +-1 sector the
    // single-qubit part is (0.3 +- 0.2) Y0 + 0.4 Z0, shifted by +-0.5.
    double a = Math.hypot(0.5, 0.4), b = Math.hypot(0.1, 0.4);
    double[] expected = {-a + 0.5, -b - 0.5, b - 0.5, a + 0.5};
    java.util.Arrays.sort(expected);
    assertArrayEquals(expected, ExactDiagonalization.eigenvalues(h, 2), 1e-12);
  }

  @Test
  void groundStateHasTheGroundEnergy() {
    for (String text : new String[] {"0.3 X0 X1 + 0.4 Z0 - 0.7 Z1 + 0.1 Y0 Y1",
        "0.3 Y0 + 0.4 Z0 Z1 + 0.5 X1 + 0.2 Y0 X1"}) {
      PauliSum h = PauliSum.parse(text);
      StateVector g = ExactDiagonalization.groundState(h, 2);
      assertEquals(1, g.normSquared(), 1e-12);
      assertEquals(ExactDiagonalization.groundEnergy(h, 2), Expectation.of(g, h), 1e-12, text);
    }
  }

  @Test
  void matrixFollowsTheWireZeroMostSignificantConvention() {
    // Z0 on two qubits is diag(1, 1, -1, -1); X1 swaps |00> and |01>.
    double[] z0 = ExactDiagonalization.matrix(PauliSum.parse("Z0"), 2);
    assertEquals(-1, z0[2 * (2 * 4 + 2)], 0);
    double[] x1 = ExactDiagonalization.matrix(PauliSum.parse("X1"), 2);
    assertEquals(1, x1[2 * (0 * 4 + 1)], 0);
    double[] y0 = ExactDiagonalization.matrix(PauliSum.parse("Y0"), 1);
    assertEquals(-1, y0[2 * 1 + 1], 0, "<0|Y|1> = -i");
  }

  @Test
  void h2IsReal() {
    assertTrue(ExactDiagonalization.isReal(H2Hamiltonians.load(0.735)));
  }

  @Test
  void rejectsAHamiltonianOnMoreWiresThanGiven() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExactDiagonalization.groundEnergy(PauliSum.parse("Z0 Z3"), 2));
    assertEquals("h: acts on wire 3, but only 2 qubit(s) were given (wires 0..1)",
        e.getMessage());
  }

  @Test
  void rejectsTooManyQubits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExactDiagonalization.groundEnergy(PauliSum.parse("Z0"), 13));
    assertEquals("qubits: dense diagonalisation takes 1..12 qubits for this Hamiltonian, got 13",
        e.getMessage());
  }
}
