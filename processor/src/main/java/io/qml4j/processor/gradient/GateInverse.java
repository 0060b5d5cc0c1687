package io.qml4j.processor.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The inverse {@code U^dagger} of a gate, as a gate of the table that the generated code applies
 * with its specialised kernel, by the gate table's one rule ({@link Gate#inverse}), the rule the
 * runtime's {@code GateInverses} follows too, here on angle expressions.
 */
public final class GateInverse {
  private GateInverse() {}

  /**
   * The inverse, or null for SX, iSWAP and user unitaries, whose inverse is no gate of the table
   * (generated code applies those through the runtime's {@code GateInverses}).
   */
  public static GateOp of(GateOp g) {
    Gate.Inverse rule = g.gate().inverse();
    if (rule == null) {
      return null;
    }
    if (rule.gate() != g.gate()) {
      return new GateOp(rule.gate(), g.wires(), List.of(), null, g.site());
    }
    if (rule.angles() == 0) {
      return g;
    }
    List<Expr> angles = new ArrayList<>();
    for (int k = 0; k < rule.angles(); k++) {
      angles.add(Expr.negate(g.angle(rule.angleOf(k))));
    }
    return g.withAngles(angles);
  }
}
