package io.qml4j.processor.optimize;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.ExprStats;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Peephole optimisation of a gate list, in one pass over the gates with the last gate seen on each
 * wire: merges a rotation into the previous gate on the same wires when it is the same rotation
 * ({@code RZ(a) RZ(b) = RZ(a + b)}), cancels a self-inverse gate against an identical previous one
 * ({@code H H = I}, {@code CNOT CNOT = I}), and drops identity gates and rotations by a constant
 * zero angle. A merged angle is kept within {@link ExprStats#MAX_NODES}. Every rewrite is an exact
 * operator identity, so states agree with the unoptimised circuit to rounding. Constant folding
 * happens earlier, when angle expressions are built.
 */
public final class CircuitOptimizer {
  /** Rotations whose angles add: {@code G(a) G(b) = G(a + b)} for the same wires. */
  static final Set<Gate> ADDITIVE = EnumSet.of(Gate.RX, Gate.RY, Gate.RZ, Gate.PHASE_SHIFT,
      Gate.CRX, Gate.CRY, Gate.CRZ, Gate.CONTROLLED_PHASE, Gate.ISING_XX, Gate.ISING_YY,
      Gate.ISING_ZZ, Gate.MULTI_RZ, Gate.PAULI_ROT, Gate.SINGLE_EXCITATION,
      Gate.DOUBLE_EXCITATION);
  /** Gates equal to their own inverse. */
  static final Set<Gate> SELF_INVERSE = EnumSet.of(Gate.H, Gate.X, Gate.Y, Gate.Z, Gate.CNOT,
      Gate.CY, Gate.CZ, Gate.SWAP, Gate.TOFFOLI, Gate.CSWAP);

  private CircuitOptimizer() {}

  /** The optimised gate list. */
  public static List<GateOp> optimize(List<GateOp> gates, int qubits) {
    List<GateOp> out = new ArrayList<>(gates.size());
    ExprStats.Memo stats = new ExprStats.Memo();
    int[] last = new int[qubits];
    java.util.Arrays.fill(last, -1);
    for (GateOp g : gates) {
      if (isIdentity(g)) {
        continue;
      }
      int previous = commonLast(g, last);
      if (previous >= 0) {
        GateOp p = out.get(previous);
        if (p.gate() == g.gate() && p.sameWires(g) && java.util.Objects.equals(p.word(), g.word())) {
          if (ADDITIVE.contains(g.gate()) && mergedSize(p, g, stats) <= ExprStats.MAX_NODES) {
            GateOp merged = p.withAngles(List.of(Expr.plus(p.angle(0), g.angle(0))));
            if (isIdentity(merged)) {
              remove(out, previous, p, last);
            } else {
              out.set(previous, merged);
            }
            continue;
          }
          if (SELF_INVERSE.contains(g.gate())) {
            remove(out, previous, p, last);
            continue;
          }
        }
      }
      out.add(g);
      for (int k = 0; k < g.arity(); k++) {
        last[g.wire(k)] = out.size() - 1;
      }
    }
    List<GateOp> result = new ArrayList<>(out.size());
    for (GateOp g : out) {
      if (g != null) {
        result.add(g);
      }
    }
    return result;
  }

  /**
   * The nodes of the merged angle {@code p + g}: a run of rotations merges into one gate only while
   * its angle stays within the limit every written angle meets, so that 100,000 rotations on a
   * wire become a few gates of at most {@link ExprStats#MAX_NODES} nodes, never one angle that
   * the generated class could not hold.
   */
  private static long mergedSize(GateOp p, GateOp g, ExprStats.Memo stats) {
    return 1 + stats.of(p.angle(0)).size() + stats.of(g.angle(0)).size();
  }

  /** The index of the gate that is the last on every wire of g, or -1 if there is none. */
  private static int commonLast(GateOp g, int[] last) {
    int index = last[g.wire(0)];
    for (int k = 1; k < g.arity(); k++) {
      if (last[g.wire(k)] != index) {
        return -1;
      }
    }
    return index;
  }

  /** Removes out[i] (leaving a hole) and rewinds each of its wires to its previous gate. */
  private static void remove(List<GateOp> out, int i, GateOp p, int[] last) {
    out.set(i, null);
    for (int k = 0; k < p.arity(); k++) {
      int w = p.wire(k);
      int j = i - 1;
      while (j >= 0 && (out.get(j) == null || !out.get(j).touches(w))) {
        j--;
      }
      last[w] = j;
    }
  }

  private static boolean isIdentity(GateOp g) {
    if (g.gate() == Gate.I) {
      return true;
    }
    if (!ADDITIVE.contains(g.gate())) {
      return false;
    }
    Expr a = g.angle(0);
    return a instanceof Expr.Constant && ((Expr.Constant) a).value() == 0;
  }
}
