package demo;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/** A one-parameter Bell-state model: RY(theta) on wire 0, then CNOT(0, 1). */
abstract class Bell {
  @Ansatz(qubits = 2)
  static void ansatz(Q q, double[] theta) {
    q.ry(0, theta[0]);
    q.cnot(0, 1);
  }

  @Observable
  static Pauli parity(Paulis p) {
    return p.z(0).times(p.z(1));
  }

  @Observable
  static Pauli target(Paulis p) {
    return p.z(1);
  }
}
