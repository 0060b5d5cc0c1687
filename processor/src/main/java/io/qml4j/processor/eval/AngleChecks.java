package io.qml4j.processor.eval;

import com.sun.source.tree.Tree;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.ExprStats;

/**
 * Checks on each angle before it becomes part of a gate: every constant in it is finite (a NaN or
 * an infinity cannot be written as a Java literal, and would make the state NaN), and it is small
 * enough to be written out as source that javac compiles in seconds. The sizes are those of the
 * text, which spells shared subterms out; they are computed on the shared DAG.
 */
final class AngleChecks {
  /** Nodes in one angle's text: {@link ExprStats#MAX_NODES}. */
  static final long MAX_ANGLE_NODES = ExprStats.MAX_NODES;
  /** Nesting of one angle: {@link ExprStats#MAX_DEPTH}. */
  static final int MAX_ANGLE_DEPTH = ExprStats.MAX_DEPTH;
  /**
   * Nodes in all the angles of one model: the generated source repeats each angle a few times
   * (circuit, state, gradient), and javac must compile it in bounded time (about a minute at
   * this size on one core; 1,800 single-term rotations take 3 s).
   */
  static final long MAX_MODEL_ANGLE_NODES = 50_000;

  private final Evaluator ev;
  private final ExprStats.Memo memo = new ExprStats.Memo();
  private long total;

  AngleChecks(Evaluator ev) {
    this.ev = ev;
  }

  /** Whether the angle may be used; records an error and returns false (or aborts) if not. */
  boolean check(Tree call, Gate gate, Expr angle) {
    ExprStats s = memo.of(angle);
    if (!s.finite()) {
      if (angle instanceof Expr.Constant) {
        ev.error(Code.ANGLE, call, "an angle of %s is %s; angles must be finite",
            gate.displayName(), ((Expr.Constant) angle).value());
      } else {
        ev.error(Code.ANGLE, call, "an angle of %s contains a constant that is not finite (NaN or "
            + "an infinity), so its value is never a finite angle; angles must be finite",
            gate.displayName());
      }
      return false;
    }
    if (s.size() > MAX_ANGLE_NODES || s.depth() > MAX_ANGLE_DEPTH) {
      throw ev.error(Code.BUDGET, call, "an angle of %s is too large to compile: written out it "
          + "has %s terms nested %d deep (at most %,d terms nested %d deep); build long sums in "
          + "separate gates, or run this circuit through the runtime builder", gate.displayName(),
          s.size() >= ExprStats.SATURATED ? "more than 10^18" : String.format(java.util.Locale.ROOT, "%,d", s.size()),
          s.depth(), MAX_ANGLE_NODES, MAX_ANGLE_DEPTH);
    }
    total += s.size();
    if (total > MAX_MODEL_ANGLE_NODES) {
      throw ev.error(Code.BUDGET, call, "the model's angles are too large to compile: written out "
          + "they have more than %,d terms; use fewer or simpler angles (an amplitude embedding "
          + "of many features is a large circuit), or the runtime builder",
          MAX_MODEL_ANGLE_NODES);
    }
    return true;
  }
}
