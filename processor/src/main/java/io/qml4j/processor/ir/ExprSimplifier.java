package io.qml4j.processor.ir;

/**
 * Arithmetic for derivatives, which may simplify by algebra: {@code a + 0}, {@code 0 + a},
 * {@code a * 0}, {@code a * 1} and {@code a / 1} fold whatever the sign of a zero. A derivative is
 * mathematics, not a replay of the model's Java, so it need not keep Java's rounding or the sign
 * of a zero (unlike the angles themselves, which {@link Expr}'s factories build exactly).
 */
final class ExprSimplifier {
  private ExprSimplifier() {}

  static Expr plus(Expr a, Expr b) {
    if (isZero(b)) {
      return a;
    }
    return isZero(a) ? b : Expr.plus(a, b);
  }

  static Expr minus(Expr a, Expr b) {
    if (isZero(b)) {
      return a;
    }
    return isZero(a) ? Expr.negate(b) : Expr.minus(a, b);
  }

  static Expr times(Expr a, Expr b) {
    return isZero(a) || isZero(b) ? Expr.ZERO : Expr.times(a, b);
  }

  static Expr divide(Expr a, Expr b) {
    return isZero(a) ? Expr.ZERO : Expr.divide(a, b);
  }

  private static boolean isZero(Expr e) {
    return e instanceof Expr.Constant && ((Expr.Constant) e).value() == 0;
  }
}
