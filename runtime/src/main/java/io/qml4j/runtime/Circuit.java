package io.qml4j.runtime;

import java.util.List;
import java.util.Locale;

/**
 * A bound circuit: a qubit count and an ordered list of {@link Operation}s. Immutable; the value
 * exchanged between builder, simulator, generated models, exporters and backends. Wire 0 is the
 * most significant bit of a basis index.
 */
public final class Circuit {
  private final int qubits;
  private final List<Operation> operations;

  /**
   * A circuit of the given operations. Prefer {@link CircuitBuilder}, which validates each gate;
   * this constructor checks only that every wire is in range.
   */
  public Circuit(int qubits, List<Operation> operations) {
    if (qubits < 1) {
      throw new IllegalArgumentException("qubits: expected at least 1, got " + qubits);
    }
    this.qubits = qubits;
    this.operations = List.copyOf(operations);
    for (Operation op : this.operations) {
      for (int k = 0; k < op.arity(); k++) {
        if (op.wire(k) < 0 || op.wire(k) >= qubits) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "operations: %s uses wire %d, out of range for %d qubit(s) (wires 0..%d)",
              op, op.wire(k), qubits, qubits - 1));
        }
      }
    }
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** The operations in application order. */
  public List<Operation> operations() {
    return operations;
  }

  /** Number of operations. */
  public int size() {
    return operations.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Circuit && ((Circuit) o).qubits == qubits
        && ((Circuit) o).operations.equals(operations);
  }

  @Override
  public int hashCode() {
    return 31 * qubits + operations.hashCode();
  }

  @Override
  public String toString() {
    return "Circuit(" + qubits + " qubits, " + operations + ")";
  }
}
