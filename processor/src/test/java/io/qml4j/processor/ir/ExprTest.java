package io.qml4j.processor.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExprTest {
  private static final double[] X = {0.3, -1.2};
  private static final double[] THETA = {0.7, 2.5, -0.4};

  @Test
  void foldsConstantsAndIdentitiesOnly() {
    assertEquals(Expr.constant(6), Expr.times(Expr.constant(2), Expr.constant(3)));
    assertEquals(Expr.theta(1), Expr.times(Expr.ONE, Expr.theta(1)));
    assertEquals(Expr.theta(1), Expr.minus(Expr.theta(1), Expr.ZERO));
    assertEquals(Expr.theta(1), Expr.plus(Expr.theta(1), Expr.constant(-0.0)));
    assertEquals(Expr.negate(Expr.theta(1)), Expr.minus(Expr.constant(-0.0), Expr.theta(1)));
    // -0.0 + 0.0 is 0.0, and -1 * 0 is -0.0: folding these would change the sign of a zero
    assertTrue(Expr.plus(Expr.theta(1), Expr.ZERO) instanceof Expr.Binary);
    assertTrue(Expr.plus(Expr.ZERO, Expr.theta(1)) instanceof Expr.Binary);
    assertTrue(Expr.times(Expr.theta(1), Expr.ZERO) instanceof Expr.Binary);
    assertEquals("theta[0] * -0.0", Expr.times(Expr.theta(0), Expr.constant(-0.0))
        .toJava("x", "theta").replace("(", "").replace(")", ""));
    assertEquals(-0.0, Expr.times(Expr.theta(0), Expr.ZERO).evaluate(X, new double[] {-1}));
    // never reassociates: (theta * 2) * 3 stays as written, as Java computes it
    Expr e = Expr.times(Expr.times(Expr.theta(0), Expr.constant(2)), Expr.constant(3));
    assertTrue(e instanceof Expr.Binary);
    assertEquals("theta[0] * 2.0 * 3.0", e.toJava("x", "theta"));
    assertEquals(Expr.constant(Math.sin(0.5)),
        Expr.call(Expr.Function.SIN, List.of(Expr.constant(0.5))));
  }

  @Test
  void printsWithJavaPrecedence() {
    Expr a = Expr.theta(0), b = Expr.input(1), c = Expr.theta(2);
    assertEquals("theta[0] - (x[1] - theta[2])", Expr.minus(a, Expr.minus(b, c)).toJava("x",
        "theta"));
    assertEquals("(theta[0] + x[1]) * theta[2]", Expr.times(Expr.plus(a, b), c).toJava("x",
        "theta"));
    assertEquals("-(theta[0] + x[1])", Expr.negate(Expr.plus(a, b)).toJava("x", "theta"));
    assertEquals("theta[0] * (-2.0)", Expr.times(a, Expr.constant(-2)).toJava("x", "theta"));
  }

  @Test
  void derivativesAgreeWithCentralDifferences() {
    Expr a = Expr.theta(0), b = Expr.input(1), c = Expr.theta(2);
    List<Expr> exprs = List.of(
        Expr.times(a, b),
        Expr.divide(Expr.call(Expr.Function.SIN, List.of(Expr.times(a, c))), Expr.plus(b,
            Expr.constant(3))),
        Expr.call(Expr.Function.ATAN2, List.of(a, Expr.plus(c, Expr.constant(2)))),
        Expr.call(Expr.Function.POW, List.of(Expr.plus(a, Expr.constant(2)), c)),
        Expr.call(Expr.Function.EXP, List.of(Expr.negate(Expr.times(a, a)))),
        Expr.call(Expr.Function.SQRT, List.of(Expr.plus(Expr.times(a, a), Expr.ONE))));
    double h = 1e-6;
    for (Expr e : exprs) {
      for (Expr.Symbol s : List.of(Expr.theta(0), Expr.theta(2))) {
        double[] plus = THETA.clone(), minus = THETA.clone();
        plus[s.index()] += h;
        minus[s.index()] -= h;
        double numeric = (e.evaluate(X, plus) - e.evaluate(X, minus)) / (2 * h);
        assertEquals(numeric, e.derivative(s).evaluate(X, THETA), 1e-8, e + " d/d" + s);
      }
    }
  }
}
