package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;

/** GateMatrices, the runtime's source of matrices, against PennyLane's documentation typed by hand. */
class GateMatricesDocumentationTest {
  private static final double TOLERANCE = 1e-15;

  @Test
  void everyFixedGateMatchesTheDocumentedMatrix() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (Gate gate : Gate.values()) {
      if (gate.wires() == Gate.ANY_WIRES) {
        continue;
      }
      for (int trial = 0; trial < 5; trial++) {
        double[] angles = new double[gate.params()];
        for (int k = 0; k < angles.length; k++) {
          angles[k] = RandomCircuits.angle(rnd);
        }
        assertSame(gate + " " + java.util.Arrays.toString(angles),
            DocumentedMatrices.of(gate, angles), gate.matrix(angles));
      }
    }
  }

  @Test
  void multiRzAndPauliRotMatchTheDocumentedMatrices() {
    SplittableRandom rnd = new SplittableRandom(12);
    for (int wires = 1; wires <= 4; wires++) {
      double t = RandomCircuits.angle(rnd);
      assertSame("MultiRZ " + wires, DocumentedMatrices.multiRZ(wires, t),
          GateMatrices.multiRZ(wires, t));
    }
    for (String word : new String[] {"X", "Y", "Z", "I", "XY", "YZ", "ZX", "IY", "XYZI", "YYY"}) {
      double t = RandomCircuits.angle(rnd);
      assertSame("PauliRot " + word, DocumentedMatrices.pauliRot(word, t),
          GateMatrices.pauliRot(word, t));
    }
  }

  @Test
  void isingGatesArePauliRotations() {
    double t = 0.7;
    assertSame("XX", DocumentedMatrices.of(Gate.ISING_XX, t), GateMatrices.pauliRot("XX", t));
    assertSame("YY", DocumentedMatrices.of(Gate.ISING_YY, t), GateMatrices.pauliRot("YY", t));
    assertSame("ZZ", DocumentedMatrices.of(Gate.ISING_ZZ, t), GateMatrices.pauliRot("ZZ", t));
  }

  private static void assertSame(String what, ZMatrixRMaj expected, double[] actual) {
    assertEquals(expected.data.length, actual.length, what + ": size");
    for (int i = 0; i < actual.length; i++) {
      assertEquals(expected.data[i], actual[i], TOLERANCE, what + ": entry " + i / 2);
    }
  }
}
