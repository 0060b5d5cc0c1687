package io.qml4j.runtime.qasm;

import static io.qml4j.runtime.qasm.QasmAssertions.assertSameState;
import static io.qml4j.runtime.qasm.QasmAssertions.controlled;
import static io.qml4j.runtime.qasm.QasmAssertions.dagger;
import static io.qml4j.runtime.qasm.QasmAssertions.timesPhase;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard gate, imported and simulated, against the same circuit built with
 * {@link CircuitBuilder} from the gate's matrix as Qiskit defines it, phase included. The gate
 * acts after an entangling preparation so that every amplitude, and every relative phase, counts.
 */
class QasmImporterGatesTest {
  private static final double A = 0.37, B = -1.21, C = 2.05, D = 0.6;
  private static final String HEADER = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\n"
      + "u3(0.3, 0.2, 0.1) q[0];\nu3(1.1, -0.4, 0.7) q[1];\nu3(2.0, 0.5, -1.3) q[2];\n"
      + "cx q[0], q[1];\ncx q[1], q[2];\n";

  static Stream<Arguments> gates() {
    return Stream.of(
        gate("U(0.37, -1.21, 2.05) q[1];", b -> b.u3(1, A, B, C)),
        gate("u3(0.37, -1.21, 2.05) q[1];", b -> b.u3(1, A, B, C)),
        gate("u(0.37, -1.21, 2.05) q[1];", b -> b.u3(1, A, B, C)),
        gate("u2(-1.21, 2.05) q[1];", b -> b.u3(1, Math.PI / 2, B, C)),
        gate("u1(0.37) q[2];", b -> b.unitary(Gate.PHASE_SHIFT.matrix(A), 2)),
        gate("p(0.37) q[2];", b -> b.unitary(Gate.PHASE_SHIFT.matrix(A), 2)),
        gate("phase(0.37) q[2];", b -> b.unitary(Gate.PHASE_SHIFT.matrix(A), 2)),
        gate("u0(0.37) q[2];", b -> { }),
        gate("id q[0];", b -> { }),
        gate("x q[0];", b -> b.unitary(Gate.X.matrix(), 0)),
        gate("y q[0];", b -> b.unitary(Gate.Y.matrix(), 0)),
        gate("z q[0];", b -> b.unitary(Gate.Z.matrix(), 0)),
        gate("h q[0];", b -> b.unitary(Gate.H.matrix(), 0)),
        gate("s q[0];", b -> b.unitary(Gate.S.matrix(), 0)),
        gate("sdg q[0];", b -> b.unitary(Gate.SDG.matrix(), 0)),
        gate("t q[0];", b -> b.unitary(Gate.T.matrix(), 0)),
        gate("tdg q[0];", b -> b.unitary(Gate.TDG.matrix(), 0)),
        gate("sx q[0];", b -> b.unitary(Gate.SX.matrix(), 0)),
        gate("sxdg q[0];", b -> b.unitary(dagger(Gate.SX.matrix(), 2), 0)),
        gate("rx(0.37) q[1];", b -> b.unitary(Gate.RX.matrix(A), 1)),
        gate("ry(0.37) q[1];", b -> b.unitary(Gate.RY.matrix(A), 1)),
        gate("rz(0.37) q[1];", b -> b.unitary(Gate.RZ.matrix(A), 1)),
        gate("CX q[2], q[0];", b -> b.unitary(controlled(Gate.X.matrix()), 2, 0)),
        gate("cx q[2], q[0];", b -> b.unitary(controlled(Gate.X.matrix()), 2, 0)),
        gate("cy q[2], q[0];", b -> b.unitary(controlled(Gate.Y.matrix()), 2, 0)),
        gate("cz q[2], q[0];", b -> b.unitary(controlled(Gate.Z.matrix()), 2, 0)),
        gate("ch q[1], q[2];", b -> b.unitary(controlled(Gate.H.matrix()), 1, 2)),
        gate("swap q[0], q[2];", b -> b.unitary(Gate.SWAP.matrix(), 0, 2)),
        gate("crx(-1.21) q[0], q[2];", b -> b.unitary(controlled(Gate.RX.matrix(B)), 0, 2)),
        gate("cry(-1.21) q[0], q[2];", b -> b.unitary(controlled(Gate.RY.matrix(B)), 0, 2)),
        gate("crz(-1.21) q[0], q[2];", b -> b.unitary(controlled(Gate.RZ.matrix(B)), 0, 2)),
        gate("cu1(-1.21) q[2], q[1];",
            b -> b.unitary(controlled(Gate.PHASE_SHIFT.matrix(B)), 2, 1)),
        gate("cp(-1.21) q[2], q[1];",
            b -> b.unitary(controlled(Gate.PHASE_SHIFT.matrix(B)), 2, 1)),
        gate("cphase(-1.21) q[2], q[1];",
            b -> b.unitary(controlled(Gate.PHASE_SHIFT.matrix(B)), 2, 1)),
        gate("cu3(0.37, -1.21, 2.05) q[1], q[0];",
            b -> b.unitary(controlled(Gate.U3.matrix(A, B, C)), 1, 0)),
        gate("cu(0.37, -1.21, 2.05, 0.6) q[1], q[0];",
            b -> b.unitary(controlled(timesPhase(Gate.U3.matrix(A, B, C), D)), 1, 0)),
        gate("csx q[0], q[1];", b -> b.unitary(controlled(Gate.SX.matrix()), 0, 1)),
        gate("rxx(0.37) q[0], q[2];", b -> b.unitary(GateMatrices.pauliRot("XX", A), 0, 2)),
        gate("ryy(0.37) q[0], q[2];", b -> b.unitary(GateMatrices.pauliRot("YY", A), 0, 2)),
        gate("rzz(0.37) q[0], q[2];", b -> b.unitary(GateMatrices.pauliRot("ZZ", A), 0, 2)),
        gate("ccx q[2], q[0], q[1];", b -> b.toffoli(2, 0, 1)),
        gate("cswap q[1], q[2], q[0];", b -> b.cswap(1, 2, 0)));
  }

  private static Arguments gate(String statement, Consumer<CircuitBuilder> reference) {
    return Arguments.of(statement, reference);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gates")
  void importedGateMatchesQiskitMatrixIncludingPhase(String statement,
      Consumer<CircuitBuilder> reference) {
    StateVector imported = Simulator.run(QasmImporter.parse(HEADER + statement + "\n"));

    CircuitBuilder b = new CircuitBuilder(3);
    b.u3(0, 0.3, 0.2, 0.1);
    b.u3(1, 1.1, -0.4, 0.7);
    b.u3(2, 2.0, 0.5, -1.3);
    b.cnot(0, 1);
    b.cnot(1, 2);
    reference.accept(b);
    assertSameState(Simulator.run(b.build()), imported);
  }
}
