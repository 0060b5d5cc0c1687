package io.qml4j.processor.ir;

import java.util.List;

/** Chain rule for the {@code Math} functions of {@link Expr.Call}. */
final class Derivatives {
  private Derivatives() {}

  static Expr of(Expr.Call call, Expr.Symbol symbol) {
    Expr u = call.args().get(0);
    Expr du = u.derivative(symbol);
    switch (call.function()) {
      case SIN: return Expr.times(du, Expr.call(Expr.Function.COS, List.of(u)));
      case COS: return Expr.times(du, Expr.negate(Expr.call(Expr.Function.SIN, List.of(u))));
      case TAN: { // 1 + tan^2
        Expr t = Expr.call(Expr.Function.TAN, List.of(u));
        return Expr.times(du, Expr.plus(Expr.ONE, Expr.times(t, t)));
      }
      case ASIN: return Expr.divide(du, sqrt(Expr.minus(Expr.ONE, Expr.times(u, u))));
      case ACOS: return Expr.negate(Expr.divide(du, sqrt(Expr.minus(Expr.ONE, Expr.times(u, u)))));
      case ATAN: return Expr.divide(du, Expr.plus(Expr.ONE, Expr.times(u, u)));
      case SINH: return Expr.times(du, Expr.call(Expr.Function.COSH, List.of(u)));
      case COSH: return Expr.times(du, Expr.call(Expr.Function.SINH, List.of(u)));
      case TANH: {
        Expr t = Expr.call(Expr.Function.TANH, List.of(u));
        return Expr.times(du, Expr.minus(Expr.ONE, Expr.times(t, t)));
      }
      case EXP: return Expr.times(du, call);
      case LOG: return Expr.divide(du, u);
      case SQRT: return Expr.divide(du, Expr.times(Expr.constant(2), call));
      case ABS: return Expr.times(du, Expr.call(Expr.Function.SIGNUM, List.of(u)));
      case SIGNUM: return Expr.ZERO;
      case ATAN2: { // d atan2(y, x) = (x dy - y dx) / (x^2 + y^2)
        Expr y = u, x = call.args().get(1);
        Expr dx = x.derivative(symbol);
        return Expr.divide(Expr.minus(Expr.times(x, du), Expr.times(y, dx)),
            Expr.plus(Expr.times(x, x), Expr.times(y, y)));
      }
      default: { // pow(u, v) with constant v: v u^(v-1) u'; general: u^v (v' ln u + v u'/u)
        Expr v = call.args().get(1);
        Expr dv = v.derivative(symbol);
        if (dv.isConstant() && ((Expr.Constant) dv).value() == 0) {
          return Expr.times(Expr.times(v,
              Expr.call(Expr.Function.POW, List.of(u, Expr.minus(v, Expr.ONE)))), du);
        }
        return Expr.times(call, Expr.plus(
            Expr.times(dv, Expr.call(Expr.Function.LOG, List.of(u))),
            Expr.divide(Expr.times(v, du), u)));
      }
    }
  }

  private static Expr sqrt(Expr e) {
    return Expr.call(Expr.Function.SQRT, List.of(e));
  }
}
