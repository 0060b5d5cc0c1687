package io.qml4j.runtime.qasm;

import static io.qml4j.runtime.qasm.QasmAssertions.assertSameState;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Program structure: registers, broadcast, user gates, expressions, measurements, comments. */
class QasmImporterTest {
  private static final String HEADER = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n";

  @Test
  void qubitZeroIsWireZeroWhichIsTheMostSignificantBit() {
    StateVector state = Simulator.run(QasmImporter.parse(HEADER + "qreg q[2];\nx q[0];\n"));
    // qml4j index 0b10 = 2 (bitstring "10", wire 0 first); Qiskit would print "01" (index 1).
    assertEquals(1.0, state.probability(2), 0.0);
  }

  @Test
  void byteOrderMarkAtTheStartIsSkipped() {
    QasmProgram program = QasmImporter.read("\uFEFF" + HEADER + "qreg q[2];\nx q[1];\n");
    assertEquals(1.0, Simulator.run(program.circuit()).probability(1), 0.0);
    assertEquals(3, program.registers().get(0).line(), "line numbers as without the mark");
  }

  @Test
  void registersAreFlattenedInDeclarationOrder() {
    QasmProgram program = QasmImporter.read(
        HEADER + "qreg a[2];\ncreg c[1];\nqreg b[3];\nx b[1];\nh a[1];\n");
    assertEquals(5, program.circuit().qubits());
    // lines 3 and 5: the two header lines come first
    assertEquals(List.of(new QasmProgram.Register("a", 2, 0, 3),
        new QasmProgram.Register("b", 3, 2, 5)), program.registers());
    assertEquals(3, program.wire("b", 1));
    CircuitBuilder b = new CircuitBuilder(5);
    b.x(3);
    b.h(1);
    assertEquals(b.build(), program.circuit());
  }

  @Test
  void gateOnWholeRegistersIsAppliedElementByElement() {
    Circuit imported = QasmImporter.parse(HEADER
        + "qreg a[2];\nqreg b[2];\nh a;\ncx a, b;\ncz a[0], b;\nrx(0.5) b;\n");
    CircuitBuilder b = new CircuitBuilder(4);
    b.h(0);
    b.h(1);
    b.cnot(0, 2);
    b.cnot(1, 3);
    b.cz(0, 2);
    b.cz(0, 3);
    b.rx(2, 0.5);
    b.rx(3, 0.5);
    assertEquals(b.build(), imported);
  }

  @Test
  void userGatesAreExpandedWithTheirParametersAndNestedCalls() {
    Circuit imported = QasmImporter.parse(HEADER + "gate rot2(theta, phi) x, y {\n"
        + "  rx(theta / 2) x; barrier x, y;\n  cx x, y;\n  ry(-theta + phi) y;\n}\n"
        + "gate twice(t) a, b { rot2(t, 1) a, b; rot2(2 * t, 0) b, a; }\n"
        + "qreg q[3];\ntwice(pi) q[2], q[0];\n");
    CircuitBuilder b = new CircuitBuilder(3);
    b.rx(2, Math.PI / 2);
    b.cnot(2, 0);
    b.ry(0, -Math.PI + 1);
    b.rx(0, 2 * Math.PI / 2);
    b.cnot(0, 2);
    b.ry(2, -(2 * Math.PI) + 0);
    assertEquals(b.build(), imported);
  }

  @Test
  void aLaterDefinitionDoesNotChangeAnEarlierBody() {
    Circuit imported = QasmImporter.parse(HEADER
        + "gate g a { h a; }\ngate h a { x a; }\nqreg q[1];\ng q[0];\nh q[0];\n");
    CircuitBuilder b = new CircuitBuilder(1);
    b.h(0);
    b.x(0);
    assertEquals(b.build(), imported);
  }

  @Test
  void parameterExpressionsFollowOrdinaryPrecedence() {
    Circuit imported = QasmImporter.parse(HEADER + "qreg q[1];\n"
        + "rz(-pi/2 + 2*pi^2/3 - (1.5e-1) * sin(pi/6) + cos(0) + tan(.3)) q[0];\n"
        + "rz(exp(1) - ln(2) + sqrt(4) - -3) q[0];\n"
        + "rz(-2^2) q[0];\nrz(2^-1) q[0];\nrz(2^3^2) q[0];\nrz(+(1 - 2) * 3 / 4) q[0];\n");
    double[] expected = {
        -Math.PI / 2 + 2 * Math.pow(Math.PI, 2) / 3 - (1.5e-1) * Math.sin(Math.PI / 6)
            + Math.cos(0) + Math.tan(.3),
        Math.exp(1) - Math.log(2) + Math.sqrt(4) + 3, -4, 0.5, 512, -0.75};
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], imported.operations().get(k).angle(0), 0.0, "angle " + k);
    }
  }

  @Test
  void finalMeasurementsAreReportedAndLeftOutOfTheCircuit() {
    QasmProgram program = QasmImporter.read(HEADER + "qreg q[2];\ncreg c[2];\nh q[0];\n"
        + "measure q[0] -> c[1];\nx q[1];\nmeasure q -> c;\n");
    assertEquals(2, program.circuit().size());
    assertEquals(List.of(new QasmProgram.Measurement(0, "c[1]", 6),
        new QasmProgram.Measurement(0, "c[0]", 8), new QasmProgram.Measurement(1, "c[1]", 8)),
        program.measurements());
  }

  @Test
  void barriersCommentsAndAnInitialResetChangeNothing() {
    Circuit imported = QasmImporter.parse("// a Bell pair\nOPENQASM 2.0; /* version */\n"
        + "include \"qelib1.inc\";\nqreg q[2];\nreset q;\nh q[0]; // superpose\n"
        + "barrier q;\n/* entangle\n   the pair */ cx q[0], q[1];\nbarrier q[0], q[1];\n");
    CircuitBuilder b = new CircuitBuilder(2);
    b.h(0);
    b.cnot(0, 1);
    assertEquals(b.build(), imported);
  }

  @Test
  void builtInsWorkWithoutTheInclude() {
    Circuit imported = QasmImporter.parse(
        "OPENQASM 2.0;\nqreg q[2];\nU(pi/2, 0, pi) q[0];\nCX q[0], q[1];\n");
    CircuitBuilder b = new CircuitBuilder(2);
    b.u3(0, Math.PI / 2, 0, Math.PI);
    b.cnot(0, 1);
    assertEquals(b.build(), imported);
  }

  @Test
  void readsTheOpenQasm3SubsetThatTheExporterWrites() {
    QasmProgram program = QasmImporter.read("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n"
        + "qubit[2] q;\nqubit r;\nbit[2] c;\ngphase(0.25);\nh q[0];\ncp(π / 4) q[0], r;\n"
        + "cu(0.1, 0.2, 0.3, 0.4) q[1], r;\nc = measure q;\n");
    CircuitBuilder b = new CircuitBuilder(3);
    b.h(0);
    b.controlledPhase(0, 2, Math.PI / 4);
    b.crot(1, 2, 0.3, 0.1, 0.2);
    b.phaseShift(1, (0.2 + 0.3) / 2 + 0.4);
    assertEquals(b.build(), program.circuit());
    assertEquals(2, program.measurements().size());
    assertSameState(Simulator.run(b.build()), Simulator.run(program.circuit()));
  }

  @Test
  void versionTwoProgramsMayCallStdgatesNames() {
    assertEquals(1, QasmImporter.parse(HEADER + "qreg q[2];\ncp(0.5) q[0], q[1];\n").size());
  }
}
