package io.qml4j.runtime.ml.kernel;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.gradient.GateInverses;
import java.util.ArrayList;
import java.util.List;

/**
 * The inverse {@code U^dagger} of a circuit: its operations reversed, each replaced by its own
 * inverse by the gate table's rule ({@link Gate#inverse}). Rotations get negated angles and named
 * gates their named inverses so the result stays as cheap to simulate and as portable to hardware
 * as the original; only gates with no inverse in the table (SX, iSWAP, user unitaries) become a
 * {@link Gate#UNITARY} with the conjugate transpose.
 */
public final class CircuitInverse {
  private CircuitInverse() {}

  /** {@code U^dagger} for the circuit U. */
  public static Circuit of(Circuit circuit) {
    List<Operation> ops = circuit.operations();
    List<Operation> inverse = new ArrayList<>(ops.size());
    for (int k = ops.size() - 1; k >= 0; k--) {
      inverse.add(of(ops.get(k)));
    }
    return new Circuit(circuit.qubits(), inverse);
  }

  /** The inverse of one operation, on the same wires ({@link GateInverses#of}). */
  public static Operation of(Operation op) {
    return GateInverses.of(op);
  }
}
