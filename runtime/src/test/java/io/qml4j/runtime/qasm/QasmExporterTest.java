package io.qml4j.runtime.qasm;

import static io.qml4j.runtime.qasm.QasmAssertions.TOLERANCE;
import static io.qml4j.runtime.qasm.QasmAssertions.timesPhase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
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
  void rejectsTwoWireUnitaries() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.unitary(Gate.SWAP.matrix(), 0, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QasmExporter.toQasm2(b.build()));
    assertTrue(e.getMessage().contains("2-wire user unitary"), e.getMessage());
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

  /** {@code b = exp(i alpha) a} for some alpha, entry by entry. */
  private static void assertEqualUpToPhase(double[] a, double[] b) {
    int largest = 0;
    for (int i = 0; i < a.length; i += 2) {
      if (Math.hypot(a[i], a[i + 1]) > Math.hypot(a[largest], a[largest + 1])) {
        largest = i;
      }
    }
    double phase = Math.atan2(b[largest + 1], b[largest]) - Math.atan2(a[largest + 1], a[largest]);
    double[] rotated = timesPhase(a, phase);
    for (int i = 0; i < a.length; i++) {
      assertEquals(rotated[i], b[i], TOLERANCE, "entry " + i);
    }
  }
}
