package io.qml4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansions checked against the definitions of PennyLane's templates, written out by hand. */
class TemplatesTest {
  /** Records gates as readable strings. */
  private static final class Recorder implements Q {
    final List<String> gates = new ArrayList<>();
    private final int qubits;

    Recorder(int qubits) {
      this.qubits = qubits;
    }

    @Override public int qubits() { return qubits; }

    @Override public void gate(Gate gate, int[] wires, double... angles) {
      gates.add(gate + Arrays.toString(wires) + (angles.length == 0 ? "" : Arrays.toString(angles)));
    }

    @Override public void pauliRot(double angle, String word, int... wires) {
      gates.add("PAULI_ROT" + word + Arrays.toString(wires));
    }

    @Override public void unitary(double[] matrix, int... wires) {
      gates.add("UNITARY" + Arrays.toString(wires));
    }
  }

  @Test
  void stronglyEntanglingLayersUseRotThenRangedCnots() {
    Recorder q = new Recorder(3);
    double[] theta = new double[18];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = k;
    }
    q.stronglyEntanglingLayers(theta, 2);
    assertEquals(List.of(
        "ROT[0][0.0, 1.0, 2.0]", "ROT[1][3.0, 4.0, 5.0]", "ROT[2][6.0, 7.0, 8.0]",
        "CNOT[0, 1]", "CNOT[1, 2]", "CNOT[2, 0]",
        "ROT[0][9.0, 10.0, 11.0]", "ROT[1][12.0, 13.0, 14.0]", "ROT[2][15.0, 16.0, 17.0]",
        "CNOT[0, 2]", "CNOT[1, 0]", "CNOT[2, 1]"), q.gates);
  }

  @Test
  void basicEntanglerOnTwoWiresHasOneCnotPerLayer() {
    Recorder q = new Recorder(2);
    q.basicEntanglerLayers(new double[] {1, 2}, 1, "Y");
    assertEquals(List.of("RY[0][1.0]", "RY[1][2.0]", "CNOT[0, 1]"), q.gates);
  }

  @Test
  void zzFeatureMapFollowsHavlicek() {
    Recorder q = new Recorder(2);
    double x0 = 0.5, x1 = 1.5;
    q.zzFeatureMap(new double[] {x0, x1}, 1);
    double phase = 2 * (Math.PI - x0) * (Math.PI - x1);
    assertEquals(List.of("H[0]", "PHASE_SHIFT[0][1.0]", "H[1]", "PHASE_SHIFT[1][3.0]",
        "CNOT[0, 1]", "PHASE_SHIFT[1][" + phase + "]", "CNOT[0, 1]"), q.gates);
  }

  @Test
  void iqpEmbeddingUsesMultiRzOfProducts() {
    Recorder q = new Recorder(2);
    q.iqpEmbedding(new double[] {2, 3}, 1);
    assertEquals(List.of("H[0]", "RZ[0][2.0]", "H[1]", "RZ[1][3.0]", "MULTI_RZ[0, 1][6.0]"),
        q.gates);
  }

  @Test
  void qaoaLayersFollowTheirHamiltonians() {
    Recorder q = new Recorder(3);
    q.qaoaCostLayer(0.25, new int[][] {{0, 1}, {1, 2}}, new double[] {1, 3});
    q.qaoaMixerLayer(0.5);
    assertEquals(List.of("ISING_ZZ[0, 1][0.5]", "ISING_ZZ[1, 2][1.5]",
        "RX[0][1.0]", "RX[1][1.0]", "RX[2][1.0]"), q.gates);
  }

  @Test
  void badTemplateArgumentsNameTheArgument() {
    Recorder q = new Recorder(2);
    IllegalArgumentException rotation = assertThrows(IllegalArgumentException.class,
        () -> q.angleEmbedding(new double[] {1}, "W"));
    assertEquals("rotation: expected \"X\", \"Y\" or \"Z\", got \"W\"", rotation.getMessage());
    IllegalArgumentException bits =
        assertThrows(IllegalArgumentException.class, () -> q.basisState(1, 2));
    assertEquals("bits: expected 0 or 1 at index 1, got 2", bits.getMessage());
  }
}
