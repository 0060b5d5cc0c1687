package io.qml4j.runtime.vqe.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.observable.PauliSum;
import org.junit.jupiter.api.Test;

class JordanWignerTest {
  private static final int MODES = 3;

  @Test
  void numberOperatorIsHalfIdentityMinusZ() {
    double[][] h1 = new double[MODES][MODES];
    h1[1][1] = 1;
    PauliSum n1 = JordanWigner.pauliSum(
        JordanWigner.hamiltonianMatrix(0, h1, new double[MODES][MODES][MODES][MODES]));
    assertEquals(PauliSum.parse("0.5 - 0.5 Z1"), n1);
  }

  @Test
  void hoppingCarriesTheJordanWignerString() {
    // a+_0 a_2 + a+_2 a_0 = (X0 Z1 X2 + Y0 Z1 Y2) / 2 (Seeley, Richard and Love 2012, eq. 21)
    double[][] h1 = new double[MODES][MODES];
    h1[0][2] = 1;
    h1[2][0] = 1;
    PauliSum hop = JordanWigner.pauliSum(
        JordanWigner.hamiltonianMatrix(0, h1, new double[MODES][MODES][MODES][MODES]));
    assertEquals(PauliSum.parse("0.5 X0 Z1 X2 + 0.5 Y0 Z1 Y2"), hop);
  }

  @Test
  void densityDensityInteractionIsAProductOfNumberOperators() {
    // 1/2 (<01|01> a+_0 a+_1 a_1 a_0 + <10|10> a+_1 a+_0 a_0 a_1) = n_0 n_1 = (1 - Z0)(1 - Z1)/4
    double[][][][] h2 = new double[MODES][MODES][MODES][MODES];
    h2[0][1][0][1] = 1;
    h2[1][0][1][0] = 1;
    PauliSum nn = JordanWigner.pauliSum(
        JordanWigner.hamiltonianMatrix(0, new double[MODES][MODES], h2));
    assertEquals(PauliSum.parse("0.25 - 0.25 Z0 - 0.25 Z1 + 0.25 Z0 Z1"), nn);
  }

  @Test
  void decompositionRebuildsTheMatrix() {
    double[][] m = H2Sto3g.atAngstrom(1.0).qubitMatrix();
    double[] rebuilt =
        io.qml4j.runtime.vqe.ExactDiagonalization.matrix(JordanWigner.pauliSum(m), 4);
    for (int r = 0; r < 16; r++) {
      for (int c = 0; c < 16; c++) {
        assertEquals(m[r][c], rebuilt[2 * (r * 16 + c)], 1e-12);
        assertEquals(0, rebuilt[2 * (r * 16 + c) + 1], 1e-12);
      }
    }
  }

  @Test
  void rejectsAnAsymmetricMatrix() {
    double[][] m = {{0, 1}, {0, 0}};
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JordanWigner.pauliSum(m));
    assertEquals("matrix: not symmetric at (1, 0): 0.0 vs 1.0", e.getMessage());
  }
}
