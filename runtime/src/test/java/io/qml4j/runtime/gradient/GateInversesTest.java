package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.internal.InverseKernels;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every gate followed by its inverse is the identity on a random state; so are the kernels. */
class GateInversesTest {
  private static final int QUBITS = 5;
  /** A dozen floating-point operations per amplitude: rounding stays near 1e-15. */
  private static final double TOLERANCE = 1e-13;

  @Test
  void everyGateThenItsInverseIsTheIdentity() {
    SplittableRandom random = new SplittableRandom(11);
    double[] state = GateDerivativesTest.randomState(random, QUBITS);
    List<Operation> ops = everyOperation(random);
    for (Operation op : ops) {
      double[] s = state.clone();
      Simulator.apply(s, QUBITS, op);
      assertTrue(maxDifference(s, state) > 1e-9 || op.gate() == Gate.I, op + " did nothing");
      Simulator.apply(s, QUBITS, GateInverses.of(op));
      assertArrayEquals(state, s, TOLERANCE, op.toString());
    }
  }

  @Test
  void stridedInverseKernelsUndoTheGate() {
    SplittableRandom random = new SplittableRandom(13);
    double[] state = GateDerivativesTest.randomState(random, QUBITS);
    for (Operation op : everyOperation(random)) {
      double[] s = state.clone();
      Simulator.apply(s, QUBITS, op);
      int[] strides = Adjoint.strides(QUBITS, op);
      if (op.gate() == Gate.PAULI_ROT) {
        InverseKernels.applyPauliRot(s, strides, op.word(), op.angle(0));
      } else if (op.gate() == Gate.UNITARY) {
        InverseKernels.applyUnitary(s, strides, op.matrix());
      } else {
        InverseKernels.apply(s, op.gate(), strides, op.angles());
      }
      assertArrayEquals(state, s, TOLERANCE, op.toString());
    }
  }

  /** Every gate of the table, PauliRot, MultiRZ and a user unitary, at random angles and wires. */
  private static List<Operation> everyOperation(SplittableRandom random) {
    List<Operation> ops = new ArrayList<>(GateDerivativesTest.everyParametrizedOperation(random));
    for (Gate gate : Gate.values()) {
      if (!gate.isParametrized() && gate.wires() != Gate.ANY_WIRES) {
        ops.add(Operation.of(gate, GateDerivativesTest.wires(random, gate.wires())));
      }
    }
    double[] u = randomTwoQubitUnitary(random);
    ops.add(Operation.unitary(u, GateDerivativesTest.wires(random, 2)));
    return ops;
  }

  private static double maxDifference(double[] a, double[] b) {
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs(a[i] - b[i]));
    }
    return worst;
  }

  /** A dense, non-symmetric two-qubit unitary for the user-unitary case. */
  private static double[] randomTwoQubitUnitary(SplittableRandom random) {
    double[] u3 = Gate.U3.matrix(RandomCircuits.uniform(random, 3, 0, 6));
    double[] local = GateMatrices.kron(u3, 2, Gate.S.matrix(), 2);
    return GateMatrices.multiply(local, Gate.ISING_XX.matrix(0.7));
  }
}
