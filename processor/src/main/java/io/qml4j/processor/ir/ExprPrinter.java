package io.qml4j.processor.ir;

import java.util.stream.Collectors;

/** Prints an {@link Expr} as Java source with the fewest parentheses Java's precedence needs. */
final class ExprPrinter {
  private static final int ATOM = 4;
  private static final int UNARY = 3;

  private ExprPrinter() {}

  static String print(Expr e, String xName, String thetaName) {
    if (e instanceof Expr.Constant) {
      return literal(((Expr.Constant) e).value());
    }
    if (e instanceof Expr.Symbol) {
      Expr.Symbol s = (Expr.Symbol) e;
      return (s.source() == Expr.Source.THETA ? thetaName : xName) + "[" + s.index() + "]";
    }
    if (e instanceof Expr.Negate) {
      Expr operand = ((Expr.Negate) e).operand();
      String inner = print(operand, xName, thetaName);
      // "- -x" would not parse as intended, and "-(a + b)" needs its parentheses.
      return precedence(operand) < ATOM || inner.startsWith("-") ? "-(" + inner + ")" : "-" + inner;
    }
    if (e instanceof Expr.Call) {
      Expr.Call c = (Expr.Call) e;
      return "Math." + c.function().javaName + "(" + c.args().stream()
          .map(a -> print(a, xName, thetaName)).collect(Collectors.joining(", ")) + ")";
    }
    Expr.Binary b = (Expr.Binary) e;
    int p = b.operator().precedence;
    String left = print(b.left(), xName, thetaName);
    String right = print(b.right(), xName, thetaName);
    if (precedence(b.left()) < p) {
      left = "(" + left + ")";
    }
    // Java is left-associative, and "a - -b" reads badly: parenthesise those right operands.
    if (precedence(b.right()) <= p || precedence(b.right()) == UNARY) {
      right = "(" + right + ")";
    }
    return left + " " + b.operator().symbol + " " + right;
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Binary) {
      return ((Expr.Binary) e).operator().precedence;
    }
    if (e instanceof Expr.Negate) {
      return UNARY;
    }
    if (e instanceof Expr.Constant && isNegative(((Expr.Constant) e).value())) {
      return UNARY;
    }
    return ATOM;
  }

  /** Whether the literal starts with a minus sign: negative numbers and -0.0. */
  private static boolean isNegative(double v) {
    return Double.doubleToRawLongBits(v) < 0;
  }

  /** A double literal that reads back to exactly the same value, the sign of zero included. */
  static String literal(double v) {
    if (v == Math.PI) {
      return "Math.PI";
    }
    if (v == 0) {
      return isNegative(v) ? "-0.0" : "0.0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v + ".0";
    }
    return Double.toString(v);
  }
}
