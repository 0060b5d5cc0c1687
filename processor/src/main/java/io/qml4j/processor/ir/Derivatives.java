package io.qml4j.processor.ir;

import java.util.List;

/** Chain rule for the {@code Math} functions of {@link Expr.Call}. */
final class Derivatives {
  private Derivatives() {}

  static Expr of(Expr.Call call, Expr.Symbol symbol) {
    Expr u = call.args().get(0);
    Expr du = u.derivative(symbol);
    switch (call.function()) {
      case SIN: return ExprSimplifier.times(du, Expr.call(Expr.Function.COS, List.of(u)));
      case COS: return ExprSimplifier.times(du, Expr.negate(Expr.call(Expr.Function.SIN, List.of(u))));
      case TAN: { // 1 + tan^2
        Expr t = Expr.call(Expr.Function.TAN, List.of(u));
        return ExprSimplifier.times(du, ExprSimplifier.plus(Expr.ONE, ExprSimplifier.times(t, t)));
      }
      case ASIN: return ExprSimplifier.divide(du, sqrt(ExprSimplifier.minus(Expr.ONE, ExprSimplifier.times(u, u))));
      case ACOS: return Expr.negate(ExprSimplifier.divide(du, sqrt(ExprSimplifier.minus(Expr.ONE, ExprSimplifier.times(u, u)))));
      case ATAN: return ExprSimplifier.divide(du, ExprSimplifier.plus(Expr.ONE, ExprSimplifier.times(u, u)));
      case SINH: return ExprSimplifier.times(du, Expr.call(Expr.Function.COSH, List.of(u)));
      case COSH: return ExprSimplifier.times(du, Expr.call(Expr.Function.SINH, List.of(u)));
      case TANH: {
        Expr t = Expr.call(Expr.Function.TANH, List.of(u));
        return ExprSimplifier.times(du, ExprSimplifier.minus(Expr.ONE, ExprSimplifier.times(t, t)));
      }
      case EXP: return ExprSimplifier.times(du, call);
      case LOG: return ExprSimplifier.divide(du, u);
      case SQRT: return ExprSimplifier.divide(du, ExprSimplifier.times(Expr.constant(2), call));
      case ABS: return ExprSimplifier.times(du, Expr.call(Expr.Function.SIGNUM, List.of(u)));
      case SIGNUM: return Expr.ZERO;
      case ATAN2: { // d atan2(y, x) = (x dy - y dx) / (x^2 + y^2)
        Expr y = u, x = call.args().get(1);
        Expr dx = x.derivative(symbol);
        return ExprSimplifier.divide(ExprSimplifier.minus(ExprSimplifier.times(x, du), ExprSimplifier.times(y, dx)),
            ExprSimplifier.plus(ExprSimplifier.times(x, x), ExprSimplifier.times(y, y)));
      }
      default: { // pow(u, v) with constant v: v u^(v-1) u'; general: u^v (v' ln u + v u'/u)
        Expr v = call.args().get(1);
        Expr dv = v.derivative(symbol);
        if (dv.isConstant() && ((Expr.Constant) dv).value() == 0) {
          return ExprSimplifier.times(ExprSimplifier.times(v,
              Expr.call(Expr.Function.POW, List.of(u, ExprSimplifier.minus(v, Expr.ONE)))), du);
        }
        return ExprSimplifier.times(call, ExprSimplifier.plus(
            ExprSimplifier.times(dv, Expr.call(Expr.Function.LOG, List.of(u))),
            ExprSimplifier.divide(ExprSimplifier.times(v, du), u)));
      }
    }
  }

  private static Expr sqrt(Expr e) {
    return Expr.call(Expr.Function.SQRT, List.of(e));
  }
}
