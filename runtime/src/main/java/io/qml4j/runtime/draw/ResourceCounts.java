package io.qml4j.runtime.draw;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a circuit costs: gates by name ({@link GateNames}), their total, the number acting on two
 * or more wires, the depth (the longest chain of gates sharing wires, as Qiskit's
 * {@code QuantumCircuit.depth()}) and the two-qubit depth (the same chain counting only
 * multi-wire gates).
 *
 * @param byGate gate counts by name, sorted by name
 * @param gates the total gate count
 * @param multiQubitGates gates on two or more wires
 * @param depth the circuit depth
 * @param multiQubitDepth the depth counting only gates on two or more wires
 */
public record ResourceCounts(Map<String, Integer> byGate, int gates, int multiQubitGates,
    int depth, int multiQubitDepth) {
  /** Copies the map, unmodifiable and sorted by name. */
  public ResourceCounts {
    byGate = Collections.unmodifiableMap(new TreeMap<>(byGate));
  }

  /**
   * Counts a circuit's resources.
   *
   * @param circuit the circuit
   * @return its counts
   */
  public static ResourceCounts of(Circuit circuit) {
    Map<String, Integer> byGate = new TreeMap<>();
    int[] level = new int[circuit.qubits()];
    int[] multiLevel = new int[circuit.qubits()];
    int multi = 0, depth = 0, multiDepth = 0;
    for (Operation op : circuit.operations()) {
      byGate.merge(GateNames.of(op), 1, Integer::sum);
      boolean isMulti = GateNames.isMultiQubit(op);
      multi += isMulti ? 1 : 0;
      int start = 0, multiStart = 0;
      for (int k = 0; k < op.arity(); k++) {
        start = Math.max(start, level[op.wire(k)]);
        multiStart = Math.max(multiStart, multiLevel[op.wire(k)]);
      }
      int multiEnd = multiStart + (isMulti ? 1 : 0);
      for (int k = 0; k < op.arity(); k++) {
        level[op.wire(k)] = start + 1;
        multiLevel[op.wire(k)] = multiEnd;
      }
      depth = Math.max(depth, start + 1);
      multiDepth = Math.max(multiDepth, multiEnd);
    }
    return new ResourceCounts(byGate, circuit.size(), multi, depth, multiDepth);
  }

  /** One line, e.g. {@code gates 12 (cx 4, rz 6, sx 2), 2-qubit 4, depth 9, 2-qubit depth 4}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("gates ").append(gates);
    if (!byGate.isEmpty()) {
      b.append(" (");
      String sep = "";
      for (Map.Entry<String, Integer> e : byGate.entrySet()) {
        b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      b.append(')');
    }
    return b.append(", 2-qubit ").append(multiQubitGates).append(", depth ").append(depth)
        .append(", 2-qubit depth ").append(multiQubitDepth).toString();
  }
}
