package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fused step equals the three separate operations it replaces: the overlap with the
 * generator, and the simulator's inverse gate on both states.
 */
class AdjointStepsTest {
  /** Six wires: strides 1 to 32, so the SIMD loops (runs of 4 amplitudes and more) run too. */
  private static final int QUBITS = 6;

  @ParameterizedTest
  @EnumSource(value = Gate.class, names = {"RX", "RY", "RZ"})
  void fusedStepEqualsOverlapThenInverseOnBothStates(Gate gate) {
    SplittableRandom random = new SplittableRandom(gate.ordinal());
    for (int wire = 0; wire < QUBITS; wire++) {
      double angle = random.nextDouble(-7, 7);
      Operation op = Operation.of(gate, new int[] {wire}, angle);
      double[] phi = GateDerivativesTest.randomState(random, QUBITS);
      double[] lambda = GateDerivativesTest.randomState(random, QUBITS);
      int[] strides = Adjoint.strides(QUBITS, op);
      double expected = 2 * Overlaps.real(lambda, phi, strides, GateDerivatives.generator(op));
      double[] expectedPhi = phi.clone(), expectedLambda = lambda.clone();
      Simulator.apply(expectedPhi, QUBITS, GateInverses.of(op));
      Simulator.apply(expectedLambda, QUBITS, GateInverses.of(op));

      double c = Math.cos(angle / 2), s = Math.sin(angle / 2);
      double actual;
      switch (gate) {
        case RX: actual = AdjointSteps.rx(phi, lambda, strides[0], c, s); break;
        case RY: actual = AdjointSteps.ry(phi, lambda, strides[0], c, s); break;
        default: actual = AdjointSteps.rz(phi, lambda, strides[0], c, s); break;
      }
      assertEquals(expected, actual, 1e-14);
      assertArrayEquals(expectedPhi, phi, 1e-15);
      assertArrayEquals(expectedLambda, lambda, 1e-15);
    }
  }

  @ParameterizedTest
  @CsvSource({"X, X", "X, Y", "X, Z", "Y, X", "Y, Y", "Y, Z", "Z, X", "Z, Y", "Z, Z"})
  void rotationPairEqualsTheTwoSingleSteps(String later, String earlier) {
    SplittableRandom random = new SplittableRandom(later.hashCode() * 31 + earlier.hashCode());
    int axisA = "XYZ".indexOf(later), axisB = "XYZ".indexOf(earlier);
    for (int wire = 0; wire < QUBITS; wire++) {
      double a = random.nextDouble(-7, 7), b = random.nextDouble(-7, 7);
      double[] phi = GateDerivativesTest.randomState(random, QUBITS);
      double[] lambda = GateDerivativesTest.randomState(random, QUBITS);
      double[] expectedPhi = phi.clone(), expectedLambda = lambda.clone();
      int t = 1 << (QUBITS - 1 - wire);
      double dA = single(axisA, expectedPhi, expectedLambda, t, a);
      double dB = single(axisB, expectedPhi, expectedLambda, t, b);

      double[] dAngle = new double[5];
      AdjointSteps.rotationPair(phi, lambda, t, axisA, Math.cos(a / 2), Math.sin(a / 2), axisB,
          Math.cos(b / 2), Math.sin(b / 2), dAngle, 3, 1);
      assertEquals(dA, dAngle[3], 1e-14);
      assertEquals(dB, dAngle[1], 1e-14);
      assertEquals(0, dAngle[0] + dAngle[2] + dAngle[4]);
      assertArrayEquals(expectedPhi, phi, 1e-15);
      assertArrayEquals(expectedLambda, lambda, 1e-15);
    }
  }

  @Test
  void rotationPairRejectsAnUnknownAxis() {
    double[] phi = new double[4];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AdjointSteps.rotationPair(phi, phi.clone(), 1, 3, 1, 0, 0, 1, 0, new double[2], 0,
            1));
    assertEquals("axisA, axisB: expected X (0), Y (1) or Z (2), got 3, 0", e.getMessage());
  }

  private static double single(int axis, double[] phi, double[] lambda, int t, double angle) {
    double c = Math.cos(angle / 2), s = Math.sin(angle / 2);
    return axis == AdjointSteps.X ? AdjointSteps.rx(phi, lambda, t, c, s)
        : axis == AdjointSteps.Y ? AdjointSteps.ry(phi, lambda, t, c, s)
        : AdjointSteps.rz(phi, lambda, t, c, s);
  }

  @ParameterizedTest
  @CsvSource({"X, Y", "Z, Y", "Y, X", "Z, Z"})
  void cnotRotationPairEqualsTheCnotThenThePair(String later, String earlier) {
    SplittableRandom random = new SplittableRandom(later.hashCode() * 17 + earlier.hashCode());
    int axisA = "XYZ".indexOf(later), axisB = "XYZ".indexOf(earlier);
    for (int control = 0; control < QUBITS; control++) {
      for (int target = 0; target < QUBITS; target++) {
        if (control == target) {
          continue;
        }
        double a = random.nextDouble(-7, 7), b = random.nextDouble(-7, 7);
        double[] phi = GateDerivativesTest.randomState(random, QUBITS);
        double[] lambda = GateDerivativesTest.randomState(random, QUBITS);
        double[] expectedPhi = phi.clone(), expectedLambda = lambda.clone();
        int c = 1 << (QUBITS - 1 - control), t = 1 << (QUBITS - 1 - target);
        Operation cnot = Operation.of(Gate.CNOT, new int[] {control, target});
        Simulator.apply(expectedPhi, QUBITS, cnot);
        Simulator.apply(expectedLambda, QUBITS, cnot);
        double dA = single(axisA, expectedPhi, expectedLambda, t, a);
        double dB = single(axisB, expectedPhi, expectedLambda, t, b);

        double[] dAngle = new double[2];
        AdjointSteps.cnotRotationPair(phi, lambda, c, t, axisA, Math.cos(a / 2), Math.sin(a / 2),
            axisB, Math.cos(b / 2), Math.sin(b / 2), dAngle, 0, 1);
        String where = "CNOT(" + control + ", " + target + ")";
        assertEquals(dA, dAngle[0], 1e-14, where);
        assertEquals(dB, dAngle[1], 1e-14, where);
        assertArrayEquals(expectedPhi, phi, 1e-15, where);
        assertArrayEquals(expectedLambda, lambda, 1e-15, where);
      }
    }
  }

  @Test
  void cnotRotationPairRejectsAControlThatIsNotAnotherWire() {
    double[] phi = new double[8];
    for (int control : new int[] {0, 3, 2}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> AdjointSteps.cnotRotationPair(phi, phi.clone(), control, 2, 0, 1, 0, 1, 1, 0,
              new double[2], 0, 1));
      assertEquals("control: expected the stride of a wire other than the target's (2), got "
          + control, e.getMessage());
    }
  }
}
