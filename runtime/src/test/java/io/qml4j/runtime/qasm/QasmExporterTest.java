package io.qml4j.runtime.qasm;

import static io.qml4j.runtime.qasm.QasmAssertions.assertEqualUpToPhase;
import static io.qml4j.runtime.qasm.QasmAssertions.randomUnitary;
import static io.qml4j.runtime.qasm.QasmAssertions.timesPhase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The text the exporter writes, its errors, and the one-qubit unitary to U3 step. */
class QasmExporterTest {
  private static Circuit sample() {
    CircuitBuilder b = new CircuitBuilder(3);
    b.h(0);
    b.phaseShift(1, 0.5);
    b.cnot(0, 2);
    b.controlledPhase(2, 1, -0.25);
    b.crot(0, 1, 0.1, 0.2, 0.3);
    return b.build();
  }

  @Test
  void writesOpenQasm2WithQelib1Names() {
    assertEquals("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\n"
        + "h q[0];\nu1(0.5) q[1];\ncx q[0], q[2];\ncu1(-0.25) q[2], q[1];\n"
        + "cu3(0.2, 0.3, 0.1) q[0], q[1];\nu1(" + (-(0.1 + 0.3) / 2) + ") q[0];\n",
        QasmExporter.toQasm2(sample()));
  }

  @Test
  void writesOpenQasm3WithStdgatesNames() {
    assertEquals("OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\n"
        + "h q[0];\np(0.5) q[1];\ncx q[0], q[2];\ncp(-0.25) q[2], q[1];\n"
        + "cu(0.2, 0.3, 0.1, 0.0) q[0], q[1];\np(" + (-(0.1 + 0.3) / 2) + ") q[0];\n",
        QasmExporter.toQasm3(sample()));
  }

  @Test
  void twoQubitUnitariesBecomeGatesUpToPhase() {
    SplittableRandom random = new SplittableRandom(11);
    List<double[]> unitaries = new java.util.ArrayList<>(List.of(
        Gate.SWAP.matrix(), Gate.CNOT.matrix(), Gate.ISWAP.matrix(), Gate.CZ.matrix(),
        Gate.CRX.matrix(0.7), Gate.SINGLE_EXCITATION.matrix(-1.3),
        timesPhase(Gate.ISING_YY.matrix(0.4), 2.0), identity(4),
        GateMatrices.kron(Gate.H.matrix(), 2, Gate.U3.matrix(0.1, 0.2, 0.3), 2)));
    for (int k = 0; k < 30; k++) {
      unitaries.add(randomUnitary(random, 4));
    }
    for (double[] u : unitaries) {
      for (int[] wires : new int[][] {{0, 1}, {1, 0}}) {
        CircuitBuilder b = new CircuitBuilder(2);
        b.unitary(u, wires);
        Circuit back = QasmImporter.parse(QasmExporter.toQasm2(b.build()));
        assertEqualUpToPhase(b.build().operations().get(0).matrix(),
            permuted(matrixOf(back), wires[0] == 1));
      }
    }
  }

  /** The 4x4 matrix of a two-qubit circuit, column k the image of basis state k. */
  private static double[] matrixOf(Circuit circuit) {
    double[] m = new double[32];
    for (int k = 0; k < 4; k++) {
      double[] basis = new double[8];
      basis[2 * k] = 1;
      StateVector state = StateVector.of(2, basis);
      Simulator.apply(state, circuit);
      for (int r = 0; r < 4; r++) {
        m[2 * (r * 4 + k)] = state.real(r);
        m[2 * (r * 4 + k) + 1] = state.imag(r);
      }
    }
    return m;
  }

  /** The matrix in the basis with the two wires exchanged, when {@code swap}. */
  private static double[] permuted(double[] m, boolean swap) {
    if (!swap) {
      return m;
    }
    int[] p = {0, 2, 1, 3};
    double[] out = new double[32];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        out[2 * (p[r] * 4 + p[c])] = m[2 * (r * 4 + c)];
        out[2 * (p[r] * 4 + p[c]) + 1] = m[2 * (r * 4 + c) + 1];
      }
    }
    return out;
  }

  private static double[] identity(int d) {
    double[] m = new double[2 * d * d];
    for (int k = 0; k < d; k++) {
      m[2 * (k * d + k)] = 1;
    }
    return m;
  }

  @Test
  void rejectsUnitariesOnMoreThanTwoWires() {
    Circuit circuit = new Circuit(3,
        List.of(Operation.unitary(Gate.TOFFOLI.matrix(), new int[] {0, 1, 2})));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QasmExporter.toQasm2(circuit));
    assertTrue(e.getMessage().contains("3-wire user unitary"), e.getMessage());
  }

  @Test
  void oneQubitUnitariesBecomeU3UpToPhase() {
    SplittableRandom random = new SplittableRandom(7);
    double r = Math.sqrt(0.5);
    List<double[]> unitaries = new java.util.ArrayList<>(List.of(
        Gate.X.matrix(), Gate.Y.matrix(), Gate.Z.matrix(), Gate.H.matrix(), Gate.SX.matrix(),
        timesPhase(Gate.RZ.matrix(2.5), 1.0), new double[] {0, 0, 0, 1, 0, 1, 0, 0},
        new double[] {r, 0, 0, r, 0, r, r, 0},
        Gate.U3.matrix(1e-17, 0.3, 0.4), Gate.U3.matrix(Math.PI - 1e-16, 0.3, 0.4)));
    for (int k = 0; k < 50; k++) {
      unitaries.add(timesPhase(Gate.U3.matrix(random.nextDouble(0, Math.PI),
          random.nextDouble(-4, 4), random.nextDouble(-4, 4)), random.nextDouble(-4, 4)));
    }
    for (double[] u : unitaries) {
      double[] a = Decompositions.u3Angles(u);
      assertEqualUpToPhase(u, Gate.U3.matrix(a[0], a[1], a[2]));
    }
  }
}
