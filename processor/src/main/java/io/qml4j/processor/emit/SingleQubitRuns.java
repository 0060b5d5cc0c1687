package io.qml4j.processor.emit;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Schedules a gate list into simulation steps, as the runtime's plan compiler does: a multi-wire
 * gate is a step of its own, and single-qubit gates are held back per wire until a multi-wire gate
 * touches a wire holding some. Then every wire is flushed at once: on each wire the gates up to
 * its last non-diagonal one form a run, applied as one 2x2 matrix in one sweep; the diagonal gates
 * after that, on all wires together, form one diagonal layer, applied in one table-driven pass
 * (one wire's diagonals alone stay a run). Single-qubit gates on different wires commute, so a
 * gate may be applied later than it was written, but always before the next multi-wire gate on
 * its wire. States below {@link #LAYER_QUBITS} qubits keep each wire's run whole (diagonals
 * multiplied in) and flush only the wires a multi-wire gate touches.
 */
final class SingleQubitRuns {
  /** Single-qubit gates whose 2x2 matrix {@link GateStatements} can write inline. */
  static final Set<Gate> FUSABLE = EnumSet.of(Gate.H, Gate.X, Gate.Y, Gate.Z, Gate.S, Gate.SDG,
      Gate.T, Gate.TDG, Gate.SX, Gate.RX, Gate.RY, Gate.RZ, Gate.PHASE_SHIFT, Gate.U3, Gate.ROT);
  /** Fusable gates whose matrix is diagonal whatever their angle. */
  static final Set<Gate> DIAGONAL = EnumSet.of(Gate.Z, Gate.S, Gate.SDG, Gate.T, Gate.TDG,
      Gate.RZ, Gate.PHASE_SHIFT);

  /**
   * Fewest qubits for which diagonal layers pay: measured on one HEA layer (RY and RZ on every
   * wire), n real 2x2 sweeps plus one table-driven layer against n general 2x2 sweeps with the RZ
   * multiplied in took 203 against 190 ns at 4 qubits, 325 against 327 ns at 5, 559 against 615 ns
   * at 6 and 8.6 against 12.2 us at 10: below 5 qubits the table's set-up costs more than the
   * arithmetic it saves.
   */
  static final int LAYER_QUBITS = 5;

  private SingleQubitRuns() {}

  /**
   * The steps, each a list of gates: one gate, a run of fusable gates on one wire, or a diagonal
   * layer (diagonal gates on two or more wires, grouped by wire in wire order).
   */
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
      if (qubits < LAYER_QUBITS) {
        for (int k = 0; k < g.arity(); k++) {
          flushWhole(pending.get(g.wire(k)), steps);
        }
      } else {
        for (int k = 0; k < g.arity(); k++) {
          if (!pending.get(g.wire(k)).isEmpty()) {
            flush(pending, steps);
            break;
          }
        }
      }
      steps.add(List.of(g));
    }
    if (qubits < LAYER_QUBITS) {
      pending.forEach(run -> flushWhole(run, steps));
    } else {
      flush(pending, steps);
    }
    return steps;
  }

  /** One wire's run as one step, its diagonal gates multiplied in. */
  private static void flushWhole(List<GateOp> run, List<List<GateOp>> steps) {
    if (!run.isEmpty()) {
      steps.add(List.copyOf(run));
      run.clear();
    }
  }

  /**
   * On states of more than {@code tileQubits} qubits, merges a CNOT whose target lies above the
   * tile with a run on its target that follows it straight away into one step: one sweep over
   * memory instead of two (the run's matrix where the control is clear, the matrix times X where
   * it is set). For the hardware-efficient ansatz on 16 qubits that is the ring's closing CNOT
   * onto wire 0 with the next layer's RY on wire 0. Not on smaller states, which stay in cache:
   * there the two half sweeps, whose pairs are scattered by the control bit, cost more than the
   * CNOT they save (HEA 10x10 took 111 against 101 us, 4x4 1.04 against 0.92 us).
   */
  static List<List<GateOp>> mergeCnots(List<List<GateOp>> steps, int qubits, int tileQubits) {
    List<List<GateOp>> merged = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      List<GateOp> step = steps.get(i);
      if (i + 1 < steps.size() && step.size() == 1 && step.get(0).gate() == Gate.CNOT) {
        int target = step.get(0).wire(1);
        List<GateOp> next = steps.get(i + 1);
        boolean runOnTarget = next.stream().allMatch(g -> g.arity() == 1 && g.wire(0) == target);
        boolean aboveTile = qubits > tileQubits && qubits - 1 - target >= tileQubits;
        if (runOnTarget && aboveTile) {
          List<GateOp> both = new ArrayList<>(step);
          both.addAll(next);
          merged.add(List.copyOf(both));
          i++;
          continue;
        }
      }
      merged.add(step);
    }
    return merged;
  }

  /** Whether a step is a CNOT merged with the run on its target ({@link #mergeCnots}). */
  static boolean isSelect(List<GateOp> step) {
    return step.size() > 1 && step.get(0).gate() == Gate.CNOT;
  }

  /** Whether a step is a diagonal layer: single-qubit gates on more than one wire. */
  static boolean isLayer(List<GateOp> step) {
    return step.size() > 1 && step.stream().allMatch(g -> g.arity() == 1)
        && step.stream().anyMatch(g -> g.wire(0) != step.get(0).wire(0));
  }

  private static void flush(List<List<GateOp>> pending, List<List<GateOp>> steps) {
    List<List<GateOp>> diagonals = new ArrayList<>();
    for (List<GateOp> run : pending) {
      int split = run.size();
      while (split > 0 && DIAGONAL.contains(run.get(split - 1).gate())) {
        split--;
      }
      if (split > 0) {
        steps.add(List.copyOf(run.subList(0, split)));
      }
      if (split < run.size()) {
        diagonals.add(List.copyOf(run.subList(split, run.size())));
      }
      run.clear();
    }
    List<GateOp> layer = new ArrayList<>();
    diagonals.forEach(layer::addAll);
    if (!layer.isEmpty()) {
      steps.add(List.copyOf(layer));
    }
  }
}
