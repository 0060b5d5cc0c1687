package io.qml4j.processor.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The derivative plan of a gate list: its angle slots, and where the backward sweep may stop.
 * Immutable.
 */
public final class GradientPlan {
  private static final Comparator<Expr.Symbol> SYMBOL_ORDER =
      Comparator.comparing(Expr.Symbol::source).thenComparingInt(Expr.Symbol::index);

  private final List<GateOp> gates;
  private final List<AngleSlot> slots;
  private final int[][] slotOf;

  private GradientPlan(List<GateOp> gates, List<AngleSlot> slots, int[][] slotOf) {
    this.gates = gates;
    this.slots = slots;
    this.slotOf = slotOf;
  }

  /**
   * Plans a gate list, as the simulation applies it (after optimisation: a merged rotation's
   * angle is a sum of expressions, differentiated as one angle).
   *
   * @throws IllegalArgumentException if a gate with a non-constant angle has no shift rule
   */
  public static GradientPlan of(List<GateOp> gates) {
    List<GateOp> copy = List.copyOf(gates);
    List<AngleSlot> slots = new ArrayList<>();
    int[][] slotOf = new int[copy.size()][];
    for (int g = 0; g < copy.size(); g++) {
      GateOp op = copy.get(g);
      slotOf[g] = new int[op.angles().size()];
      Arrays.fill(slotOf[g], -1);
      for (int p = 0; p < op.angles().size(); p++) {
        Expr e = op.angle(p);
        if (e.isConstant()) {
          continue;
        }
        if (op.gate().shiftRule() == Gate.ShiftRule.NONE) {
          throw new IllegalArgumentException("gates: " + op + " has an angle but no shift rule");
        }
        slotOf[g][p] = slots.size();
        slots.add(new AngleSlot(slots.size(), g, p, e, op.gate().shiftRule(), partials(e)));
      }
    }
    return new GradientPlan(copy, List.copyOf(slots), slotOf);
  }

  /** The partial derivatives of an expression, one per symbol it reads, none that fold to 0. */
  static List<Partial> partials(Expr e) {
    TreeSet<Expr.Symbol> symbols = new TreeSet<>(SYMBOL_ORDER);
    e.collectSymbols(symbols);
    List<Partial> out = new ArrayList<>();
    for (Expr.Symbol s : symbols) {
      Expr d = e.derivative(s);
      if (!(d.isConstant() && ((Expr.Constant) d).value() == 0)) {
        out.add(new Partial(s, d));
      }
    }
    return out;
  }

  /** The planned gates. */
  public List<GateOp> gates() {
    return gates;
  }

  /** Every slot, in gate order. */
  public List<AngleSlot> slots() {
    return slots;
  }

  /** The slot of angle p of gate g, or -1 for a constant angle. */
  public int slotOf(int g, int p) {
    return slotOf[g][p];
  }

  /** Whether gate g has at least one slot. */
  public boolean isTrainable(int g) {
    for (int s : slotOf[g]) {
      if (s >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether any slot uses the four-term rule. */
  public boolean usesFourTermRule() {
    return slots.stream().anyMatch(s -> s.rule() == Gate.ShiftRule.FOUR_TERM);
  }
}
