package io.qml4j.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The gate table's inverse rule against the conjugate transpose of each matrix. */
class GateInverseRuleTest {
  private static final double EXACT = 1e-14;

  @Test
  void everyRuleGivesTheConjugateTranspose() {
    SplittableRandom random = new SplittableRandom(11);
    for (Gate gate : Gate.values()) {
      if (gate.wires() == Gate.ANY_WIRES) {
        continue;
      }
      double[] angles = random.doubles(gate.params(), -7, 7).toArray();
      double[] expected = GateMatrices.conjugateTranspose(gate.matrix(angles));
      Gate.Inverse rule = gate.inverse();
      if (rule == null) {
        continue;
      }
      assertEquals(rule.gate().params(), rule.angles(), gate.toString());
      assertArrayEquals(expected, rule.gate().matrix(rule.angles(angles)), EXACT, gate.toString());
    }
  }

  @Test
  void variableArityRotationsNegateTheirAngle() {
    assertArrayEquals(GateMatrices.conjugateTranspose(GateMatrices.pauliRot("XYZ", 0.8)),
        GateMatrices.pauliRot("XYZ", Gate.PAULI_ROT.inverse().angles(0.8)[0]), EXACT);
    assertArrayEquals(GateMatrices.conjugateTranspose(GateMatrices.multiRZ(3, -1.1)),
        GateMatrices.multiRZ(3, Gate.MULTI_RZ.inverse().angles(-1.1)[0]), EXACT);
  }

  @Test
  void gatesWithNoInverseInTheTableSayNull() {
    assertNull(Gate.SX.inverse());
    assertNull(Gate.ISWAP.inverse());
    assertNull(Gate.UNITARY.inverse());
  }

  @Test
  void conjugateTransposeByHandAndItsCheck() {
    // [[1, 2i], [3, 4 - i]]^dagger = [[1, 3], [-2i, 4 + i]]
    double[] m = {1, 0, 0, 2, 3, 0, 4, -1};
    assertArrayEquals(new double[] {1, -0.0, 3, -0.0, 0, -2, 4, 1},
        GateMatrices.conjugateTranspose(m), 0);
    assertThrows(IllegalArgumentException.class,
        () -> GateMatrices.conjugateTranspose(new double[6]));
  }
}
