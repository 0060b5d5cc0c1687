package io.qml4j.processor.emit;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Schedules a gate list into simulation steps: a multi-wire gate is a step of its own, and the
 * single-qubit gates between two multi-wire gates on a wire form one step, applied as one 2x2
 * matrix in one sweep over the state instead of one sweep per gate. Single-qubit gates on
 * different wires commute, so a run may be applied later than its first gate was written; a run
 * is applied before the next multi-wire gate on its wire.
 */
final class SingleQubitRuns {
  /** Single-qubit gates whose 2x2 matrix {@link GateStatements} can write inline. */
  static final Set<Gate> FUSABLE = EnumSet.of(Gate.H, Gate.X, Gate.Y, Gate.Z, Gate.S, Gate.SDG,
      Gate.T, Gate.TDG, Gate.SX, Gate.RX, Gate.RY, Gate.RZ, Gate.PHASE_SHIFT, Gate.U3, Gate.ROT);

  private SingleQubitRuns() {}

  /** The steps, each a list of gates: one gate, or a run of fusable gates on one wire. */
  static List<List<GateOp>> schedule(List<GateOp> gates, int qubits) {
    List<List<GateOp>> steps = new ArrayList<>();
    List<List<GateOp>> pending = new ArrayList<>();
    for (int w = 0; w < qubits; w++) {
      pending.add(new ArrayList<>());
    }
    for (GateOp g : gates) {
      if (g.arity() == 1 && FUSABLE.contains(g.gate())) {
        pending.get(g.wire(0)).add(g);
        continue;
      }
      for (int k = 0; k < g.arity(); k++) {
        flush(pending.get(g.wire(k)), steps);
      }
      steps.add(List.of(g));
    }
    for (List<GateOp> run : pending) {
      flush(run, steps);
    }
    return steps;
  }

  private static void flush(List<GateOp> run, List<List<GateOp>> steps) {
    if (!run.isEmpty()) {
      steps.add(List.copyOf(run));
      run.clear();
    }
  }
}
