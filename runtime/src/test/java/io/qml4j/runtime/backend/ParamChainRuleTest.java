package io.qml4j.runtime.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.gradient.Param;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Param#accumulate}, the public derivative that {@link Backends#parameterShiftGradient}
 * applies, read from outside its package and checked against central differences of
 * {@link Param#value} on random expressions.
 */
class ParamChainRuleTest {
  @Test
  void accumulateEqualsCentralDifferencesOnRandomExpressions() {
    SplittableRandom random = new SplittableRandom(12);
    for (int trial = 0; trial < 50; trial++) {
      Param p = Param.constant(random.nextDouble(-1, 1));
      for (int t = 0; t < 4; t++) {
        double c = random.nextDouble(-3, 3);
        switch (random.nextInt(3)) {
          case 0: p = p.plus(Param.theta(random.nextInt(3)).times(c)); break;
          case 1: p = p.plus(Param.x(random.nextInt(2)).times(c)); break;
          default: p = p.plus(Param.product(random.nextInt(3), random.nextInt(2)).times(c));
        }
      }
      double[] theta = {random.nextDouble(-2, 2), random.nextDouble(-2, 2),
          random.nextDouble(-2, 2)};
      double[] x = {random.nextDouble(-2, 2), random.nextDouble(-2, 2)};
      double weight = random.nextDouble(-2, 2);
      double[] dTheta = new double[3], dX = new double[2];
      p.accumulate(weight, theta, x, dTheta, dX);
      double h = 1e-5;
      for (int k = 0; k < 3; k++) {
        double[] up = theta.clone(), down = theta.clone();
        up[k] += h;
        down[k] -= h;
        double expected = weight * (p.value(up, x) - p.value(down, x)) / (2 * h);
        assertEquals(expected, dTheta[k], 1e-8, p + " by theta " + k);
      }
      for (int j = 0; j < 2; j++) {
        double[] up = x.clone(), down = x.clone();
        up[j] += h;
        down[j] -= h;
        double expected = weight * (p.value(theta, up) - p.value(theta, down)) / (2 * h);
        assertEquals(expected, dX[j], 1e-8, p + " by x " + j);
      }
    }
  }
}
