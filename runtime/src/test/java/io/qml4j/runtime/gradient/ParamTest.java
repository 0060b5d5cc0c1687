package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Angle expressions: values, exact partial derivatives, like terms combined, printing. */
class ParamTest {
  private static final double[] THETA = {0.5, -1.25, 2.0};
  private static final double[] X = {0.75, -0.5};

  @Test
  void valueAndPartialDerivativesOfAMixedExpression() {
    // 2 theta[0] + 0.5 - 1.5 theta[1] x[0] + 3 x[1] + theta[2]
    Param p = Param.theta(0).times(2).plus(0.5)
        .plus(Param.product(1, 0).times(-1.5))
        .plus(Param.x(1).times(3))
        .plus(Param.theta(2));
    double expected = 2 * 0.5 + 0.5 - 1.5 * (-1.25) * 0.75 + 3 * (-0.5) + 2.0;
    assertEquals(expected, p.value(THETA, X), 1e-15);
    double[] dTheta = new double[3], dX = new double[2];
    p.accumulate(2.0, THETA, X, dTheta, dX); // weight 2: the chain rule's outer derivative
    assertArrayEquals(new double[] {2 * 2, 2 * -1.5 * 0.75, 2 * 1}, dTheta, 1e-15);
    assertArrayEquals(new double[] {2 * -1.5 * -1.25, 2 * 3}, dX, 1e-15);
    assertEquals(2, p.maxThetaIndex());
    assertEquals(1, p.maxInputIndex());
    assertFalse(p.isConstant());
  }

  @Test
  void likeTermsCombineAndCancel() {
    Param twice = Param.theta(1).plus(Param.theta(1));
    assertEquals(Param.theta(1).times(2), twice);
    Param cancelled = Param.theta(0).plus(Param.theta(0).times(-1)).plus(0.25);
    assertTrue(cancelled.isConstant());
    assertEquals(Param.constant(0.25), cancelled);
    assertEquals(Param.product(0, 1), Param.theta(0).times(Param.x(1)));
  }

  @Test
  void printsReadably() {
    assertEquals("theta[3]", Param.theta(3).toString());
    assertEquals("2.0*theta[0] + 0.5", Param.theta(0).times(2).plus(0.5).toString());
    assertEquals("theta[1]*x[2] - x[0]", Param.product(1, 2).plus(Param.x(0).times(-1)).toString());
  }
}
