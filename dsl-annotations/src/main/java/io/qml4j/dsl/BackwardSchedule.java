package io.qml4j.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The order in which an adjoint backward sweep peels a circuit's gates, shared by the runtime's
 * {@code Adjoint} and the processor's generated sweep so that both fuse the same steps.
 *
 * <p>The sweep runs from the last gate down to the first trainable one. Each gate is a step of its
 * own, except that two trainable RX, RY or RZ on the same wire with no other gate on that wire
 * between them form one step (one pass reads both derivatives and peels both gates), and so does a
 * CNOT with the two such rotations the sweep meets next on its target (the CNOT only decides which
 * amplitude of each pair is read as |0>). A rotation waiting for its partner is peeled later than
 * its turn, and one joined to a CNOT earlier; both are exact because only gates on other wires,
 * with which the rotation commutes, are peeled in between.
 */
public final class BackwardSchedule {
  private BackwardSchedule() {}

  /**
   * The steps of the sweep.
   *
   * @param qubits the number of wires
   * @param gates the circuit's gates in circuit order
   * @param wires the wires of each gate
   * @param trainable whether each gate has an angle to differentiate
   * @return each step as gate indices: {@code {g}}, {@code {later, earlier}} for a pair of
   *     rotations on one wire, or {@code {cnot, later, earlier}} for a CNOT and a pair on its
   *     target; empty if no gate is trainable
   * @throws IllegalArgumentException if the three lists differ in length or a wire is outside
   *     {@code 0 .. qubits - 1}
   */
  public static List<int[]> of(int qubits, List<Gate> gates, List<int[]> wires,
      boolean[] trainable) {
    int size = gates.size();
    if (wires.size() != size || trainable.length != size) {
      throw new IllegalArgumentException("wires, trainable: expected " + size + " entries like "
          + "gates, got " + wires.size() + " and " + trainable.length);
    }
    int first = 0;
    while (first < size && !trainable[first]) {
      first++;
    }
    int[] below = previousOnLastWire(qubits, wires);
    boolean[] taken = new boolean[size];
    int[] waiting = new int[qubits];
    Arrays.fill(waiting, -1);
    List<int[]> steps = new ArrayList<>();
    for (int g = size - 1; g >= first; g--) {
      if (taken[g]) {
        continue;
      }
      int[] w = wires.get(g);
      if (pairable(g, gates, trainable)) {
        if (waiting[w[0]] < 0) {
          waiting[w[0]] = g;
        } else {
          steps.add(new int[] {waiting[w[0]], g});
          waiting[w[0]] = -1;
        }
        continue;
      }
      for (int wire : w) {
        if (waiting[wire] >= 0) {
          steps.add(new int[] {waiting[wire]});
          waiting[wire] = -1;
        }
      }
      int a = below[g];
      int b = a < first ? -1 : below[a];
      if (gates.get(g) == Gate.CNOT && a >= first && pairable(a, gates, trainable) && b >= first
          && pairable(b, gates, trainable)) {
        steps.add(new int[] {g, a, b});
        taken[a] = true;
        taken[b] = true;
        continue;
      }
      steps.add(new int[] {g});
    }
    for (int g : waiting) {
      if (g >= 0) {
        steps.add(new int[] {g});
      }
    }
    return steps;
  }

  private static boolean pairable(int g, List<Gate> gates, boolean[] trainable) {
    Gate gate = gates.get(g);
    return trainable[g] && (gate == Gate.RX || gate == Gate.RY || gate == Gate.RZ);
  }

  /**
   * For every gate, the closest gate before it touching its last wire (a CNOT's target, a
   * single-qubit gate's wire), or -1: the next gate on that wire the backward sweep meets.
   */
  private static int[] previousOnLastWire(int qubits, List<int[]> wires) {
    int[] lastOnWire = new int[qubits];
    Arrays.fill(lastOnWire, -1);
    int[] below = new int[wires.size()];
    for (int g = 0; g < wires.size(); g++) {
      int[] w = wires.get(g);
      for (int wire : w) {
        if (wire < 0 || wire >= qubits) {
          throw new IllegalArgumentException("wires: gate " + g + " has wire " + wire
              + ", expected 0.." + (qubits - 1));
        }
      }
      below[g] = w.length == 0 ? -1 : lastOnWire[w[w.length - 1]];
      for (int wire : w) {
        lastOnWire[wire] = g;
      }
    }
    return below;
  }
}
