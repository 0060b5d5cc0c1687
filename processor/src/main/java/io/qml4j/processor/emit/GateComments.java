package io.qml4j.processor.emit;

import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.Arrays;

/**
 * The comment above each gate in generated code: its source line, the gate with its angles, and
 * the call it came from, so that a user stepping through the generated class recognises the
 * circuit line by line.
 */
final class GateComments {
  /** Most nodes of an angle printed in a gate's comment. */
  private static final int COMMENT_NODES = 40;

  private GateComments() {}

  /**
   * The comment of a gate. An angle of more than {@link #COMMENT_NODES} nodes or with shared
   * subterms is summarised, since printed as a tree it could be as long as the model has gates.
   */
  static String of(GateOp g) {
    String where = g.site() == null || g.site().line() == 0 ? "" : "line " + g.site().line() + ": ";
    String gate = null;
    for (Expr a : g.angles()) {
      AngleCode.Dag dag = AngleCode.Dag.of(a);
      if (dag.nodes.size() > COMMENT_NODES || dag.uses.values().stream().anyMatch(u -> u > 1)) {
        String w = Arrays.toString(g.wires());
        gate = g.gate().displayName() + "(an angle of " + dag.nodes.size() + " terms) on "
            + w.substring(1, w.length() - 1);
        break;
      }
    }
    return where + (gate == null ? g.toString() : gate)
        + (g.site() == null ? "" : "  <- " + g.site().text());
  }
}
