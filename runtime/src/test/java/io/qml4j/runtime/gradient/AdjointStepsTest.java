package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fused step equals the three separate operations it replaces: the overlap with the
 * generator, and the simulator's inverse gate on both states.
 */
class AdjointStepsTest {
  private static final int QUBITS = 4;

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
}
