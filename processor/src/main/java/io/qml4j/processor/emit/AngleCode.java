package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.DOUBLE;
import static io.qml4j.processor.emit.RuntimeNames.DOUBLES;
import static io.qml4j.processor.emit.RuntimeNames.MATH;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import io.qml4j.processor.ir.Expr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes angle expressions as Java that javac compiles whatever their size. An expression is a DAG
 * (the evaluator shares subterms), walked here without recursion and by identity: a subterm used
 * twice is computed once into a local temporary, and a chain deeper than {@link #MAX_DEPTH} is cut
 * by temporaries too, because javac's code generator recurses once per nesting level (1,800 merged
 * rotations overflowed its stack). An expression of more than {@link #MAX_INLINE_NODES} distinct
 * nodes becomes a helper method of the generated class that computes it node by node into a
 * scratch array, in parts of at most {@link #PART_NODES} nodes, since one method holds at most
 * 64 KiB of bytecode. Every type is written through {@code $T}, so a model class named
 * {@code Math} cannot capture a call.
 *
 * <p>One instance per generated class: it holds the helper methods and gives the same expression
 * the same helper.
 */
final class AngleCode {
  /** Deepest nesting written inline; far below javac's stack limit, and still readable. */
  static final int MAX_DEPTH = 24;
  /** Most distinct nodes written inline in a method; about 10 bytes each, well inside a chunk. */
  static final int MAX_INLINE_NODES = 300;
  /** Nodes per helper part: at most about 20 bytes each, 40 KiB, under the 64 KiB limit. */
  static final int PART_NODES = 2_000;

  private static final int ATOM = 4;
  private static final int UNARY = 3;

  private final List<MethodSpec> helpers = new ArrayList<>();
  private final Map<Expr, CodeBlock> helperCalls = new IdentityHashMap<>();

  /** The helper methods written so far, for the generated class. */
  List<MethodSpec> helpers() {
    return helpers;
  }

  /**
   * The Java of an expression. Temporaries it needs are declared into {@code b} first, named
   * {@code base + "t" + n}, so base must be unique in the method (an angle local's name is).
   */
  CodeBlock write(CodeBlock.Builder b, Expr root, String base) {
    Dag dag = Dag.of(root);
    if (dag.nodes.size() > MAX_INLINE_NODES) {
      return helperCall(root, dag);
    }
    Map<Expr, Rendered> done = new IdentityHashMap<>();
    int temps = 0;
    for (Expr n : dag.nodes) {
      Rendered r = render(n, done);
      boolean shared = dag.uses.get(n) > 1 && !isLeaf(n);
      if (n != root && (shared || r.depth() >= MAX_DEPTH)) {
        String name = base + "t" + temps++;
        b.addStatement("double $L = $L", name, r.code());
        r = new Rendered(CodeBlock.of("$L", name), ATOM, 0, false);
      }
      done.put(n, r);
    }
    return done.get(root).code();
  }

  /**
   * The Java of a small expression that needs no temporaries, or null when it needs some (a
   * shared subterm, deep nesting, or too many nodes).
   */
  CodeBlock inline(Expr root) {
    CodeBlock.Builder temps = CodeBlock.builder();
    CodeBlock code = write(temps, root, "unused");
    return temps.isEmpty() ? code : null;
  }

  /**
   * A generous estimate of the bytecode that computes an expression in a method: about 10 bytes
   * per distinct node inline, or one helper call.
   */
  static int estimateBytes(Expr e) {
    int nodes = Dag.of(e).nodes.size();
    return nodes > MAX_INLINE_NODES ? 20 : 10 * nodes;
  }

  private CodeBlock helperCall(Expr root, Dag dag) {
    CodeBlock call = helperCalls.get(root);
    if (call != null) {
      return call;
    }
    boolean readsX = false;
    boolean readsTheta = false;
    for (Expr n : dag.nodes) {
      if (n instanceof Expr.Symbol) {
        boolean theta = ((Expr.Symbol) n).source() == Expr.Source.THETA;
        readsTheta |= theta;
        readsX |= !theta;
      }
    }
    List<String> params = new ArrayList<>();
    if (readsX) {
      params.add("x");
    }
    if (readsTheta) {
      params.add("theta");
    }
    String name = "angle" + helpers.size();
    Map<Expr, Rendered> done = new IdentityHashMap<>();
    List<CodeBlock> parts = new ArrayList<>();
    CodeBlock.Builder part = CodeBlock.builder();
    int inPart = 0;
    int slots = 0;
    for (Expr n : dag.nodes) {
      Rendered r = render(n, done);
      if (!isLeaf(n)) {
        part.addStatement("t[$L] = $L", slots, r.code());
        r = new Rendered(CodeBlock.of("t[$L]", slots++), ATOM, 0, false);
        if (++inPart == PART_NODES) {
          parts.add(part.build());
          part = CodeBlock.builder();
          inPart = 0;
        }
      }
      done.put(n, r);
    }
    parts.add(part.build());
    String args = String.join(", ", params);
    MethodSpec.Builder method = method(name, params, false).returns(double.class)
        .addJavadoc("An angle of $L nodes, computed in $L parts of at most $L.\n",
            dag.nodes.size(), parts.size(), PART_NODES)
        .addStatement("double[] t = new double[$L]", Math.max(slots, 1));
    for (int k = 0; k < parts.size(); k++) {
      helpers.add(method(name + "_" + k, params, true).addCode(parts.get(k)).build());
      method.addStatement("$L_$L($L$Lt)", name, k, args, args.isEmpty() ? "" : ", ");
    }
    helpers.add(method.addStatement("return $L", done.get(root).code()).build());
    call = CodeBlock.of("$L($L)", name, args);
    helperCalls.put(root, call);
    return call;
  }

  private static MethodSpec.Builder method(String name, List<String> params, boolean scratch) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    params.forEach(p -> m.addParameter(DOUBLES, p));
    if (scratch) {
      m.addParameter(DOUBLES, "t");
    }
    return m;
  }

  private static boolean isLeaf(Expr e) {
    return e instanceof Expr.Constant || e instanceof Expr.Symbol;
  }

  /** Renders a node whose children are rendered already, with Java's precedence rules. */
  private static Rendered render(Expr e, Map<Expr, Rendered> done) {
    if (e instanceof Expr.Constant) {
      return constant(((Expr.Constant) e).value());
    }
    if (e instanceof Expr.Symbol) {
      Expr.Symbol s = (Expr.Symbol) e;
      String array = s.source() == Expr.Source.THETA ? "theta" : "x";
      return new Rendered(CodeBlock.of("$L[$L]", array, s.index()), ATOM, 0, false);
    }
    if (e instanceof Expr.Negate) {
      Rendered inner = done.get(((Expr.Negate) e).operand());
      // "- -x" would not parse as intended, and "-(a + b)" needs its parentheses.
      CodeBlock code = inner.precedence() < ATOM || inner.startsWithMinus()
          ? CodeBlock.of("-($L)", inner.code()) : CodeBlock.of("-$L", inner.code());
      return new Rendered(code, UNARY, inner.depth() + 1, true);
    }
    if (e instanceof Expr.Call) {
      Expr.Call c = (Expr.Call) e;
      List<CodeBlock> args = new ArrayList<>();
      int depth = 0;
      for (Expr a : c.args()) {
        Rendered r = done.get(a);
        args.add(r.code());
        depth = Math.max(depth, r.depth());
      }
      return new Rendered(CodeBlock.of("$T.$L($L)", MATH,
          c.function().name().toLowerCase(Locale.ROOT), CodeBlock.join(args, ", ")),
          ATOM, depth + 1, false);
    }
    Expr.Binary b = (Expr.Binary) e;
    int p = precedence(b.operator());
    Rendered left = done.get(b.left());
    Rendered right = done.get(b.right());
    boolean leftParens = left.precedence() < p;
    // Java is left-associative, and "a - -b" reads badly: parenthesise those right operands.
    boolean rightParens = right.precedence() <= p || right.precedence() == UNARY;
    CodeBlock code = CodeBlock.of(
        (leftParens ? "($L)" : "$L") + " " + symbol(b.operator()) + " "
            + (rightParens ? "($L)" : "$L"), left.code(), right.code());
    return new Rendered(code, p, Math.max(left.depth(), right.depth()) + 1,
        !leftParens && left.startsWithMinus());
  }

  private static int precedence(Expr.Operator op) {
    return op == Expr.Operator.PLUS || op == Expr.Operator.MINUS ? 1 : 2;
  }

  private static String symbol(Expr.Operator op) {
    switch (op) {
      case PLUS: return "+";
      case MINUS: return "-";
      case TIMES: return "*";
      default: return "/";
    }
  }

  /** A literal that reads back to exactly the same double, the sign of zero included. */
  static Rendered constant(double v) {
    boolean negative = Double.doubleToRawLongBits(v) < 0;
    CodeBlock code;
    if (Double.isNaN(v)) {
      code = CodeBlock.of("$T.NaN", DOUBLE);
      negative = false;
    } else if (Double.isInfinite(v)) {
      code = CodeBlock.of(v > 0 ? "$T.POSITIVE_INFINITY" : "$T.NEGATIVE_INFINITY", DOUBLE);
      negative = false;
    } else if (v == Math.PI) {
      code = CodeBlock.of("$T.PI", MATH);
    } else {
      code = CodeBlock.of("$L", literal(v));
    }
    return new Rendered(code, negative ? UNARY : ATOM, 0, negative);
  }

  /**
   * The text of a double literal that reads back to exactly the same value (a non-finite one
   * qualified in full, since it is text, not a {@code $T}).
   */
  static String literal(double v) {
    if (!Double.isFinite(v)) {
      return Double.isNaN(v) ? "java.lang.Double.NaN"
          : v > 0 ? "java.lang.Double.POSITIVE_INFINITY" : "java.lang.Double.NEGATIVE_INFINITY";
    }
    if (v == 0) {
      return Double.doubleToRawLongBits(v) < 0 ? "-0.0" : "0.0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v + ".0";
    }
    return Double.toString(v);
  }

  /** A rendered node: its code, precedence, nesting depth, and whether it starts with "-". */
  private record Rendered(CodeBlock code, int precedence, int depth, boolean startsWithMinus) {}

  /** The distinct nodes of an expression in post-order (children first), and their use counts. */
  static final class Dag {
    final List<Expr> nodes = new ArrayList<>();
    final Map<Expr, Integer> uses = new IdentityHashMap<>();

    static Dag of(Expr root) {
      Dag dag = new Dag();
      Deque<Object[]> stack = new ArrayDeque<>();
      dag.uses.put(root, 1);
      stack.push(new Object[] {root, 0});
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        Expr e = (Expr) top[0];
        List<Expr> children = children(e);
        int next = (Integer) top[1];
        if (next < children.size()) {
          top[1] = next + 1;
          Expr child = children.get(next);
          Integer seen = dag.uses.get(child);
          dag.uses.put(child, seen == null ? 1 : seen + 1);
          if (seen == null) {
            stack.push(new Object[] {child, 0});
          }
        } else {
          stack.pop();
          dag.nodes.add(e);
        }
      }
      return dag;
    }

    private static List<Expr> children(Expr e) {
      if (e instanceof Expr.Negate) {
        return List.of(((Expr.Negate) e).operand());
      }
      if (e instanceof Expr.Binary) {
        return List.of(((Expr.Binary) e).left(), ((Expr.Binary) e).right());
      }
      if (e instanceof Expr.Call) {
        return ((Expr.Call) e).args();
      }
      return List.of();
    }
  }
}
