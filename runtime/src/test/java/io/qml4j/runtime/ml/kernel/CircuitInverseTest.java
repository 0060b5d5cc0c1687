package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CircuitInverseTest {
  @Test
  void everyGateTimesItsInverseIsTheIdentity() {
    SplittableRandom random = new SplittableRandom(3);
    for (Gate gate : Gate.values()) {
      Operation op = sample(gate, random);
      Operation inverse = CircuitInverse.of(op);
      double[] product = GateMatrices.multiply(inverse.matrix(), op.matrix());
      int d = (int) Math.round(Math.sqrt(product.length / 2.0));
      for (int r = 0; r < d; r++) {
        for (int c = 0; c < d; c++) {
          assertEquals(r == c ? 1 : 0, product[2 * (r * d + c)], 1e-12, gate + " re " + r + c);
          assertEquals(0, product[2 * (r * d + c) + 1], 1e-12, gate + " im " + r + c);
        }
      }
    }
  }

  @Test
  void circuitFollowedByItsInverseReturnsToZero() {
    CircuitBuilder q = new CircuitBuilder(3);
    q.stronglyEntanglingLayers(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}, 1);
    q.u3(1, 0.3, -0.7, 1.9);
    q.sx(2);
    q.iswap(0, 2);
    q.t(1);
    q.pauliRot(0.8, "XYZ", 0, 1, 2);
    Circuit c = q.build();
    StateVector s = Simulator.run(c);
    Simulator.apply(s, CircuitInverse.of(c));
    assertEquals(1, s.probability(0), 1e-12);
  }

  private static Operation sample(Gate gate, SplittableRandom random) {
    double[] angles = new double[Math.max(gate.params(), 1)];
    for (int k = 0; k < angles.length; k++) {
      angles[k] = 4 * Math.PI * random.nextDouble() - 2 * Math.PI;
    }
    switch (gate) {
      case PAULI_ROT:
        return Operation.pauliRot(angles[0], "XYZ", new int[] {0, 1, 2});
      case MULTI_RZ:
        return Operation.of(gate, new int[] {0, 1, 2}, angles[0]);
      case UNITARY:
        return Operation.unitary(Gate.CROT.matrix(new double[] {0.4, 1.1, -2.3}), new int[] {0, 1});
      default:
        int[] wires = new int[gate.wires()];
        for (int k = 0; k < wires.length; k++) {
          wires[k] = k;
        }
        double[] bound = new double[gate.params()];
        System.arraycopy(angles, 0, bound, 0, bound.length);
        return Operation.of(gate, wires, bound);
    }
  }

}
