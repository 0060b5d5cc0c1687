package io.qml4j.processor.eval;

import com.sun.source.tree.Tree;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Expr;

/**
 * Java's operators over evaluation values with Java's semantics (JLS 15.15-15.24): binary numeric
 * promotion, int and long arithmetic that wraps, float arithmetic in float precision, shifts that
 * mask their distance, and doubles as {@link Expr}s. Comparisons and logic need compile-time
 * operands; a comparison of values that depend on theta or x is {@link #UNDECIDED}.
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
      return strings(ev, tree, kind, l, r);
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
    ValueType lt = ValueType.of(l), rt = ValueType.of(r);
    if (!lt.isNumeric() || !rt.isNumeric()) {
      throw unsupported(ev, tree);
    }
    if (kind == Tree.Kind.LEFT_SHIFT || kind == Tree.Kind.RIGHT_SHIFT
        || kind == Tree.Kind.UNSIGNED_RIGHT_SHIFT) {
      return shift(ev, tree, kind, lt.promoted().convert(l), rt.promoted().convert(r));
    }
    ValueType type = ValueType.promote(lt, rt);
    Object a = type.convert(l), b = type.convert(r);
    switch (type) {
      case INT: return ints(ev, tree, kind, (Integer) a, (Integer) b);
      case LONG: return longs(ev, tree, kind, (Long) a, (Long) b);
      case FLOAT: return floats(ev, tree, kind, (Float) a, (Float) b);
      default: return doubles(ev, tree, kind, (Expr) a, (Expr) b);
    }
  }

  private static Object strings(Evaluator ev, Tree tree, Tree.Kind kind, Object l, Object r) {
    if (kind == Tree.Kind.PLUS) {
      return text(ev, tree, l) + text(ev, tree, r);
    }
    if (kind == Tree.Kind.EQUAL_TO || kind == Tree.Kind.NOT_EQUAL_TO) {
      throw ev.error(Code.UNSUPPORTED, tree, "`%s` compares Strings by reference, whose result "
          + "depends on which Strings Java interns; compare their text with equals(...)", tree);
    }
    throw unsupported(ev, tree);
  }

  private static Object ints(Evaluator ev, Tree tree, Tree.Kind kind, int a, int b) {
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
      case AND: return a & b;
      case OR: return a | b;
      case XOR: return a ^ b;
      case LESS_THAN: return a < b;
      case LESS_THAN_EQUAL: return a <= b;
      case GREATER_THAN: return a > b;
      case GREATER_THAN_EQUAL: return a >= b;
      case EQUAL_TO: return a == b;
      case NOT_EQUAL_TO: return a != b;
      default: throw unsupported(ev, tree);
    }
  }

  private static Object longs(Evaluator ev, Tree tree, Tree.Kind kind, long a, long b) {
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
      case AND: return a & b;
      case OR: return a | b;
      case XOR: return a ^ b;
      case LESS_THAN: return a < b;
      case LESS_THAN_EQUAL: return a <= b;
      case GREATER_THAN: return a > b;
      case GREATER_THAN_EQUAL: return a >= b;
      case EQUAL_TO: return a == b;
      case NOT_EQUAL_TO: return a != b;
      default: throw unsupported(ev, tree);
    }
  }

  private static Object floats(Evaluator ev, Tree tree, Tree.Kind kind, float a, float b) {
    switch (kind) {
      case PLUS: return a + b;
      case MINUS: return a - b;
      case MULTIPLY: return a * b;
      case DIVIDE: return a / b;
      case REMAINDER: return a % b;
      case LESS_THAN: return a < b;
      case LESS_THAN_EQUAL: return a <= b;
      case GREATER_THAN: return a > b;
      case GREATER_THAN_EQUAL: return a >= b;
      case EQUAL_TO: return a == b;
      case NOT_EQUAL_TO: return a != b;
      default: throw unsupported(ev, tree);
    }
  }

  private static Object doubles(Evaluator ev, Tree tree, Tree.Kind kind, Expr a, Expr b) {
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
        default: throw unsupported(ev, tree);
      }
    }
    if (isComparison(kind)) {
      return UNDECIDED;
    }
    if (kind == Tree.Kind.REMAINDER) {
      throw ev.error(Code.CONSTANT, tree, "`%s` depends on theta or x, so it has no value at "
          + "compile time; %% needs compile-time operands", tree);
    }
    throw unsupported(ev, tree);
  }

  /** Shifts: the left operand's promoted type is the result's, the distance is masked. */
  private static Object shift(Evaluator ev, Tree tree, Tree.Kind kind, Object l, Object r) {
    if (!(r instanceof Integer || r instanceof Long)) {
      throw unsupported(ev, tree);
    }
    long distance = ((Number) r).longValue();
    if (l instanceof Integer) {
      int a = (Integer) l, d = (int) distance;
      return kind == Tree.Kind.LEFT_SHIFT ? a << d : kind == Tree.Kind.RIGHT_SHIFT ? a >> d
          : a >>> d;
    }
    if (l instanceof Long) {
      long a = (Long) l;
      return kind == Tree.Kind.LEFT_SHIFT ? a << distance : kind == Tree.Kind.RIGHT_SHIFT
          ? a >> distance : a >>> distance;
    }
    throw unsupported(ev, tree);
  }

  static Object unary(Evaluator ev, Tree tree, Object v) {
    ValueType type = ValueType.of(v).promoted();
    Object p = type.convert(v);
    switch (tree.getKind()) {
      case UNARY_PLUS:
        if (type.isNumeric()) {
          return p;
        }
        break;
      case UNARY_MINUS:
        switch (type) {
          case INT: return -(Integer) p;
          case LONG: return -(Long) p;
          case FLOAT: return -(Float) p;
          case DOUBLE: return Expr.negate((Expr) p);
          default: break;
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
        if (type == ValueType.INT) {
          return ~(Integer) p;
        }
        if (type == ValueType.LONG) {
          return ~(Long) p;
        }
        break;
      default:
        break;
    }
    throw ev.error(Code.UNSUPPORTED, tree, "the operator in `%s` is not supported here", tree);
  }

  private static Abort unsupported(Evaluator ev, Tree tree) {
    return ev.error(Code.UNSUPPORTED, tree, "the operator in `%s` is not supported on these "
        + "operands; a circuit computes with numbers, booleans and String constants", tree);
  }

  private static boolean isComparison(Tree.Kind k) {
    return k == Tree.Kind.LESS_THAN || k == Tree.Kind.LESS_THAN_EQUAL
        || k == Tree.Kind.GREATER_THAN || k == Tree.Kind.GREATER_THAN_EQUAL
        || k == Tree.Kind.EQUAL_TO || k == Tree.Kind.NOT_EQUAL_TO;
  }

  /** Whether a value is a number of any primitive type. */
  static boolean isNumber(Object v) {
    return ValueType.of(v).isNumeric();
  }

  /** A number as a double, the way Java widens it to a double parameter. */
  static Expr toExpr(Object v) {
    return (Expr) ValueType.DOUBLE.convert(v);
  }

  /** String conversion (JLS 5.1.11) of a compile-time value. */
  private static String text(Evaluator ev, Tree tree, Object v) {
    if (ValueType.isSymbolic(v)) {
      throw ev.error(Code.CONSTANT, tree, "`%s` turns a value that depends on theta or x into "
          + "text, which has no value at compile time", tree);
    }
    if (v instanceof Expr.Constant) {
      return String.valueOf(((Expr.Constant) v).value());
    }
    return String.valueOf(v);
  }
}
