package io.qml4j.processor.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of an angle expression as the generated source will spell it: how many nodes its
 * text has once shared subterms are written out, how deeply it nests, and whether every constant
 * in it is finite. An expression is a DAG ({@code a = a * a} sixty times shares one operand twice
 * per level), so these are computed once per distinct node, without recursion, and remembered:
 * the cost is the number of distinct nodes, never the size of the text.
 *
 * @param size the node count of the expression written out as a tree, saturating at
 *     {@link #SATURATED}
 * @param depth the longest path from the root to a leaf, in nodes
 * @param finite whether every constant in it is finite
 */
public record ExprStats(long size, int depth, boolean finite) {
  /**
   * The most nodes one angle may have written out, checked by the evaluator on every angle and
   * kept by the optimiser when it merges rotations. The generated source writes an angle this
   * large into a helper method in parts ({@code emit/AngleCode}), whose scratch indices stay
   * below 32,768 so that none of them takes a constant-pool entry; the symbolic derivatives of
   * parameter shift and adjoint differentiation cost about this many nodes per symbol.
   */
  public static final long MAX_NODES = 10_000;
  /**
   * The deepest one angle may nest. Emission cuts nesting with temporaries, but the evaluator's
   * derivatives and the expressions' equality and hashing recurse once per level on javac's
   * thread: 2,000 levels are a small part of its stack.
   */
  public static final int MAX_DEPTH = 2_000;
  /** Sizes stop growing here, so that they never overflow. */
  public static final long SATURATED = Long.MAX_VALUE / 4;

  /** Remembers the statistics of the nodes already seen; share one per model. */
  public static final class Memo {
    private final Map<Expr, ExprStats> seen = new IdentityHashMap<>();

    /** The statistics of {@code root}. */
    public ExprStats of(Expr root) {
      ExprStats known = seen.get(root);
      if (known != null) {
        return known;
      }
      Deque<Expr> stack = new ArrayDeque<>();
      stack.push(root);
      while (!stack.isEmpty()) {
        Expr e = stack.peek();
        if (seen.containsKey(e)) {
          stack.pop();
          continue;
        }
        boolean ready = true;
        for (Expr child : children(e)) {
          if (!seen.containsKey(child)) {
            stack.push(child);
            ready = false;
          }
        }
        if (ready) {
          stack.pop();
          seen.put(e, combine(e));
        }
      }
      return seen.get(root);
    }

    private ExprStats combine(Expr e) {
      long size = 1;
      int depth = 0;
      boolean finite = !(e instanceof Expr.Constant)
          || Double.isFinite(((Expr.Constant) e).value());
      for (Expr child : children(e)) {
        ExprStats s = seen.get(child);
        size = Math.min(SATURATED, size + s.size());
        depth = Math.max(depth, s.depth());
        finite &= s.finite();
      }
      return new ExprStats(size, depth + 1, finite);
    }
  }

  private static List<Expr> children(Expr e) {
    if (e instanceof Expr.Negate) {
      return List.of(((Expr.Negate) e).operand());
    }
    if (e instanceof Expr.Binary) {
      Expr.Binary b = (Expr.Binary) e;
      return List.of(b.left(), b.right());
    }
    if (e instanceof Expr.Call) {
      return ((Expr.Call) e).args();
    }
    return List.of();
  }
}
