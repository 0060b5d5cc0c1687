package io.qml4j.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GateTableTest {
  private static final double EXACT = 1e-14;

  @Test
  void everyFixedGateMatrixIsUnitaryForRandomAngles() {
    SplittableRandom random = new SplittableRandom(7);
    for (Gate gate : Gate.values()) {
      if (gate.wires() == Gate.ANY_WIRES) {
        continue;
      }
      double[] angles = random.doubles(gate.params(), -7, 7).toArray();
      double[] m = gate.matrix(angles);
      int d = 1 << gate.wires();
      assertEquals(2 * d * d, m.length, gate.toString());
      assertTrue(deviationFromUnitary(m, d) < EXACT, gate + " is not unitary");
    }
  }

  @Test
  void variableArityMatricesAreUnitary() {
    assertTrue(deviationFromUnitary(GateMatrices.multiRZ(3, 0.7), 8) < EXACT);
    assertTrue(deviationFromUnitary(GateMatrices.pauliRot("XYZ", -1.3), 8) < EXACT);
  }

  @Test
  void pauliRotOfZzEqualsIsingZz() {
    double[] a = GateMatrices.pauliRot("ZZ", 0.9);
    double[] b = Gate.ISING_ZZ.matrix(0.9);
    for (int i = 0; i < a.length; i++) {
      assertEquals(b[i], a[i], EXACT);
    }
  }

  @Test
  void rotIsRzRyRzProduct() {
    double phi = 0.3, theta = -1.1, omega = 2.4;
    double[] product = GateMatrices.multiply(Gate.RZ.matrix(omega),
        GateMatrices.multiply(Gate.RY.matrix(theta), Gate.RZ.matrix(phi)));
    double[] rot = Gate.ROT.matrix(phi, theta, omega);
    for (int i = 0; i < rot.length; i++) {
      assertEquals(product[i], rot[i], EXACT);
    }
  }

  @Test
  void methodNamesAreUniqueAndResolve() {
    for (Gate gate : Gate.values()) {
      assertSame(gate, Gate.forMethodName(gate.methodName()));
    }
    assertEquals(null, Gate.forMethodName("nope"));
  }

  @Test
  void wrongAngleCountIsRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gate.RX.matrix());
    assertTrue(e.getMessage().startsWith("angles:"), e.getMessage());
    IllegalArgumentException letter =
        assertThrows(IllegalArgumentException.class, () -> GateMatrices.pauliWord("XQ"));
    assertNotNull(letter.getMessage());
    assertTrue(letter.getMessage().contains("'Q' at 1"), letter.getMessage());
  }

  @Test
  void matrixProductFollowsThePauliAlgebra() {
    // X Y = i Z, Y X = -i Z, and on two wires (X X)(Y Y) = (i Z)(x)(i Z) = -Z Z.
    double[] x = GateMatrices.pauliWord("X"), y = GateMatrices.pauliWord("Y");
    assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0, 0, -1}, GateMatrices.multiply(x, y), 0.0);
    assertArrayEquals(new double[] {0, -1, 0, 0, 0, 0, 0, 1}, GateMatrices.multiply(y, x), 0.0);
    double[] minusZz = GateMatrices.pauliWord("ZZ");
    for (int i = 0; i < minusZz.length; i++) {
      minusZz[i] = -minusZz[i];
    }
    assertArrayEquals(minusZz,
        GateMatrices.multiply(GateMatrices.pauliWord("XX"), GateMatrices.pauliWord("YY")), 0.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GateMatrices.multiply(x, GateMatrices.pauliWord("XX")));
    assertTrue(e.getMessage().startsWith("a, b:"), e.getMessage());
  }

  private static double deviationFromUnitary(double[] u, int d) {
    double worst = 0;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        double re = 0, im = 0;
        for (int k = 0; k < d; k++) {
          double ar = u[2 * (r * d + k)], ai = u[2 * (r * d + k) + 1];
          double br = u[2 * (c * d + k)], bi = -u[2 * (c * d + k) + 1];
          re += ar * br - ai * bi;
          im += ar * bi + ai * br;
        }
        worst = Math.max(worst, Math.hypot(re - (r == c ? 1 : 0), im));
      }
    }
    return worst;
  }
}
