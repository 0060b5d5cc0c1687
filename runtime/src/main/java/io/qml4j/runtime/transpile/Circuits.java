package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;

/** Moving an operation to other wires, whatever its kind. */
final class Circuits {
  private Circuits() {}

  static Operation onWires(Operation op, int[] wires) {
    if (op.gate() == Gate.UNITARY) {
      return Operation.unitary(op.matrix(), wires);
    }
    if (op.gate() == Gate.PAULI_ROT) {
      return Operation.pauliRot(op.angle(0), op.word(), wires);
    }
    return Operation.of(op.gate(), wires, op.angles());
  }
}
