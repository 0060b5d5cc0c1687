package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Operation;

/**
 * The inverse {@code U^dagger} of every gate, as a gate the simulator's specialised kernels run,
 * by the gate table's one rule ({@link Gate#inverse}); the conjugate transpose, as a user unitary,
 * for SX, iSWAP and user unitaries. Adjoint differentiation walks the circuit backwards with
 * these, and {@code CircuitInverse} inverts whole circuits with them.
 */
public final class GateInverses {
  private GateInverses() {}

  /** The operation {@code U^dagger} on the same wires, by the gate table's {@link Gate#inverse}. */
  public static Operation of(Operation op) {
    Gate.Inverse rule = op.gate().inverse();
    if (rule == null) {
      return Operation.unitary(GateMatrices.conjugateTranspose(op.matrix()), op.wires());
    }
    if (rule.gate() != op.gate()) {
      return Operation.of(rule.gate(), op.wires());
    }
    return rule.angles() == 0 ? op : op.withAngles(rule.angles(op.angles()));
  }
}
