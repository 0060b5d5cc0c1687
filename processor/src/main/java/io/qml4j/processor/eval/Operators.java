package io.qml4j.processor.eval;

import com.sun.source.tree.Tree;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Java's operators over evaluation values with Java's semantics: int arithmetic stays int
 * (truncating division, overflow), anything with a double becomes an {@link Expr}, comparisons
 * and logic need compile-time operands.
 */
final class Operators {
  /**
   * The value of a comparison of operands that depend on theta or x: it has no compile-time
   * value, and the condition that uses it reports the error with its own words.
   */
  static final Object UNDECIDED = new Object() {
    @Override
    public String toString() {
      return "a value that depends on theta or x";
    }
  };

  private Operators() {}

  static Object binary(Evaluator ev, Tree tree, Tree.Kind kind, Object l, Object r) {
    if (l instanceof String || r instanceof String) {
      if (kind == Tree.Kind.PLUS) {
        return text(l) + text(r);
      }
      if (kind == Tree.Kind.EQUAL_TO || kind == Tree.Kind.NOT_EQUAL_TO) {
        return l.equals(r) == (kind == Tree.Kind.EQUAL_TO);
      }
    }
    if (l instanceof Boolean && r instanceof Boolean) {
      boolean a = (Boolean) l, b = (Boolean) r;
      switch (kind) {
        case AND: return a & b;
        case OR: return a | b;
        case XOR: return a ^ b;
        case EQUAL_TO: return a == b;
        case NOT_EQUAL_TO: return a != b;
        default: break;
      }
    }
    if (l instanceof Integer && r instanceof Integer) {
      int a = (Integer) l, b = (Integer) r;
      switch (kind) {
        case PLUS: return a + b;
        case MINUS: return a - b;
        case MULTIPLY: return a * b;
        case DIVIDE:
        case REMAINDER:
          if (b == 0) {
            throw ev.error(Code.CONSTANT, tree, "`%s` divides by zero", tree);
          }
          return kind == Tree.Kind.DIVIDE ? a / b : a % b;
        case LEFT_SHIFT: return a << b;
        case RIGHT_SHIFT: return a >> b;
        case UNSIGNED_RIGHT_SHIFT: return a >>> b;
        case AND: return a & b;
        case OR: return a | b;
        case XOR: return a ^ b;
        case LESS_THAN: return a < b;
        case LESS_THAN_EQUAL: return a <= b;
        case GREATER_THAN: return a > b;
        case GREATER_THAN_EQUAL: return a >= b;
        case EQUAL_TO: return a == b;
        case NOT_EQUAL_TO: return a != b;
        default: break;
      }
    }
    if (isNumber(l) && isNumber(r)) {
      Expr a = toExpr(l), b = toExpr(r);
      switch (kind) {
        case PLUS: return Expr.plus(a, b);
        case MINUS: return Expr.minus(a, b);
        case MULTIPLY: return Expr.times(a, b);
        case DIVIDE: return Expr.divide(a, b);
        default: break;
      }
      if (a instanceof Expr.Constant && b instanceof Expr.Constant) {
        double x = ((Expr.Constant) a).value(), y = ((Expr.Constant) b).value();
        switch (kind) {
          case REMAINDER: return Expr.constant(x % y);
          case LESS_THAN: return x < y;
          case LESS_THAN_EQUAL: return x <= y;
          case GREATER_THAN: return x > y;
          case GREATER_THAN_EQUAL: return x >= y;
          case EQUAL_TO: return x == y;
          case NOT_EQUAL_TO: return x != y;
          default: break;
        }
      } else if (isComparison(kind)) {
        return UNDECIDED;
      } else if (kind == Tree.Kind.REMAINDER) {
        throw ev.error(Code.CONSTANT, tree, "`%s` depends on theta or x, so it has no value at "
            + "compile time; %% needs compile-time operands", tree);
      }
    }
    throw ev.error(Code.UNSUPPORTED, tree, "the operator in `%s` is not supported on these "
        + "operands; a circuit computes with int, double and boolean values", tree);
  }

  static Object unary(Evaluator ev, Tree tree, Object v) {
    switch (tree.getKind()) {
      case UNARY_PLUS:
        if (isNumber(v)) {
          return v;
        }
        break;
      case UNARY_MINUS:
        if (v instanceof Integer) {
          return -(Integer) v;
        }
        if (v instanceof Expr) {
          return Expr.negate((Expr) v);
        }
        break;
      case LOGICAL_COMPLEMENT:
        if (v instanceof Boolean) {
          return !(Boolean) v;
        }
        if (v == UNDECIDED) {
          return v;
        }
        break;
      case BITWISE_COMPLEMENT:
        if (v instanceof Integer) {
          return ~(Integer) v;
        }
        break;
      default:
        break;
    }
    throw ev.error(Code.UNSUPPORTED, tree, "the operator in `%s` is not supported here", tree);
  }

  /** {@code Math.name(args)}: int overloads stay int, double ones become expressions. */
  static Object math(Evaluator ev, Tree call, String name, List<Object> args) {
    boolean allInt = args.stream().allMatch(a -> a instanceof Integer);
    if (allInt && !args.isEmpty()) {
      switch (name + "/" + args.size()) {
        case "abs/1": return Math.abs((Integer) args.get(0));
        case "max/2": return Math.max((Integer) args.get(0), (Integer) args.get(1));
        case "min/2": return Math.min((Integer) args.get(0), (Integer) args.get(1));
        case "floorMod/2":
        case "floorDiv/2":
          if ((Integer) args.get(1) == 0) {
            throw ev.error(Code.CONSTANT, call, "`%s` divides by zero", call);
          }
          return name.equals("floorMod") ? Math.floorMod((Integer) args.get(0), (Integer) args.get(1))
              : Math.floorDiv((Integer) args.get(0), (Integer) args.get(1));
        default: break;
      }
    }
    List<Expr> exprs = new ArrayList<>();
    for (Object a : args) {
      if (!isNumber(a)) {
        throw ev.error(Code.UNSUPPORTED, call, "`%s` takes numbers here", call);
      }
      exprs.add(toExpr(a));
    }
    if ((name.equals("max") || name.equals("min")) && exprs.size() == 2
        && exprs.stream().allMatch(Expr::isConstant)) {
      double a = ((Expr.Constant) exprs.get(0)).value(), b = ((Expr.Constant) exprs.get(1)).value();
      return Expr.constant(name.equals("max") ? Math.max(a, b) : Math.min(a, b));
    }
    if (name.equals("toRadians") && exprs.size() == 1) {
      return Expr.times(exprs.get(0), Expr.constant(Math.PI / 180));
    }
    Expr.Function f = Expr.Function.forName(name, exprs.size());
    if (f == null) {
      throw ev.error(Code.UNSUPPORTED, call, "Math.%s is not supported in an angle; allowed: sin, "
          + "cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, exp, log, sqrt, pow, abs, signum, "
          + "and min, max, floorMod, floorDiv on ints", name);
    }
    return Expr.call(f, exprs);
  }

  private static boolean isComparison(Tree.Kind k) {
    return k == Tree.Kind.LESS_THAN || k == Tree.Kind.LESS_THAN_EQUAL
        || k == Tree.Kind.GREATER_THAN || k == Tree.Kind.GREATER_THAN_EQUAL
        || k == Tree.Kind.EQUAL_TO || k == Tree.Kind.NOT_EQUAL_TO;
  }

  static boolean isNumber(Object v) {
    return v instanceof Integer || v instanceof Expr;
  }

  static Expr toExpr(Object v) {
    return v instanceof Integer ? Expr.constant((Integer) v) : (Expr) v;
  }

  private static String text(Object v) {
    if (v instanceof Expr.Constant) {
      return String.valueOf(((Expr.Constant) v).value());
    }
    return String.valueOf(v);
  }
}
