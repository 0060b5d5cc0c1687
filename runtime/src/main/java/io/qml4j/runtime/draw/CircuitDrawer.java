package io.qml4j.runtime.draw;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text diagram of a circuit, one line per wire, as PennyLane's {@code qml.draw} and Qiskit's
 * text drawer print one:
 *
 * <pre>
 * q0: ──H───╭●────────────
 * q1: ──────╰X───RZ(0.50)─
 * </pre>
 *
 * <p>Gates are placed in columns as early as their wires allow (a gate also blocks the wires
 * its vertical line crosses); a column is as wide as its widest label. Controls are {@code ●},
 * SWAP ends {@code ×}; a multi-wire gate joins its wires with {@code ╭ ├ ╰} and crosses others
 * with {@code │}. Angles are printed with two decimals, as {@code qml.draw} does by default.
 */
public final class CircuitDrawer {
  private static final char WIRE = '─';

  private CircuitDrawer() {}

  /**
   * The diagram of a circuit.
   *
   * @param circuit the circuit
   * @return one line per wire, each ending in a newline
   */
  public static String draw(Circuit circuit) {
    int n = circuit.qubits();
    List<List<Operation>> columns = new ArrayList<>();
    int[] free = new int[n];
    for (Operation op : circuit.operations()) {
      int low = n, high = -1;
      for (int k = 0; k < op.arity(); k++) {
        low = Math.min(low, op.wire(k));
        high = Math.max(high, op.wire(k));
      }
      int column = 0;
      for (int w = low; w <= high; w++) {
        column = Math.max(column, free[w]);
      }
      for (int w = low; w <= high; w++) {
        free[w] = column + 1;
      }
      while (columns.size() <= column) {
        columns.add(new ArrayList<>());
      }
      columns.get(column).add(op);
    }
    int labelWidth = ("q" + (n - 1)).length();
    StringBuilder[] lines = new StringBuilder[n];
    for (int w = 0; w < n; w++) {
      lines[w] = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s: ─",
          "q" + w));
    }
    for (List<Operation> column : columns) {
      String[] cells = new String[n];
      for (Operation op : column) {
        fill(op, cells);
      }
      int width = 1;
      for (String cell : cells) {
        width = Math.max(width, cell == null ? 0 : cell.length());
      }
      for (int w = 0; w < n; w++) {
        String cell = cells[w] == null ? "" : cells[w];
        lines[w].append(WIRE).append(cell)
            .append(String.valueOf(WIRE).repeat(width - cell.length() + 1));
      }
    }
    StringBuilder out = new StringBuilder();
    for (StringBuilder line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static void fill(Operation op, String[] cells) {
    int[] wires = op.wires();
    if (wires.length == 1) {
      cells[wires[0]] = label(op);
      return;
    }
    int[] sorted = wires.clone();
    Arrays.sort(sorted);
    int low = sorted[0], high = sorted[sorted.length - 1];
    for (int w = low + 1; w < high; w++) {
      cells[w] = "│";
    }
    String target = label(op);
    for (int k = 0; k < wires.length; k++) {
      int w = wires[k];
      String mark = w == low ? "╭" : w == high ? "╰" : "├";
      String symbol;
      if (op.gate() == Gate.SWAP || (op.gate() == Gate.CSWAP && k > 0)) {
        symbol = "×";
      } else if (k < op.gate().controls()) {
        symbol = "●";
      } else {
        symbol = target;
      }
      cells[w] = mark + symbol;
    }
  }

  /** The label of a gate's target: its name in upper case and its angles. */
  private static String label(Operation op) {
    String name;
    switch (op.gate()) {
      case CNOT: case TOFFOLI: name = "X"; break;
      case CY: name = "Y"; break;
      case CZ: name = "Z"; break;
      case CRX: name = "RX"; break;
      case CRY: name = "RY"; break;
      case CRZ: name = "RZ"; break;
      case CROT: name = "ROT"; break;
      case CONTROLLED_PHASE: name = "P"; break;
      case PAULI_ROT: name = "R" + op.word(); break;
      case UNITARY: name = NativeGateSet.isEcr(op) ? "ECR" : "U"; break;
      default: name = GateNames.of(op).toUpperCase(Locale.ROOT);
    }
    double[] angles = op.angles();
    if (angles.length == 0) {
      return name;
    }
    StringBuilder b = new StringBuilder(name).append('(');
    for (int k = 0; k < angles.length; k++) {
      b.append(k > 0 ? "," : "").append(String.format(Locale.ROOT, "%.2f", angles[k]));
    }
    return b.append(')').toString();
  }
}
