package io.qml4j.runtime.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DifferentiableModelTest {
  // <Z> after RY(theta0 x0) RY(theta1) on |0>: cos(theta0 x0 + theta1), derivatives by hand
  private static double[] e(double[] x, double[] t) {
    return new double[] {Math.cos(t[0] * x[0] + t[1])};
  }

  private static double[][] j(double[] x, double[] t) {
    double s = -Math.sin(t[0] * x[0] + t[1]);
    return new double[][] {{s * x[0], s}};
  }

  private static double[][] jx(double[] x, double[] t) {
    return new double[][] {{-Math.sin(t[0] * x[0] + t[1]) * t[0]}};
  }

  @Test
  void functionsOfAGeneratedModelShapePlugIn() {
    DifferentiableModel m = DifferentiableModel.of(2, 1, 1, DifferentiableModelTest::e,
        DifferentiableModelTest::j, DifferentiableModelTest::jx);
    double[] x = {0.5};
    double[] t = {1.2, -0.3};
    assertEquals(Math.cos(0.3), m.expectations(x, t)[0], 1e-15);
    assertArrayEquals(j(x, t)[0], m.jacobian(x, t)[0], 0);
    assertTrue(m.hasInputJacobian());
    assertEquals(jx(x, t)[0][0], m.inputJacobian(x, t)[0][0], 0);
    double[] start = m.initialParameters(3);
    assertEquals(2, start.length);
    assertArrayEquals(start, m.initialParameters(3), 0);
    for (double v : start) {
      assertTrue(v >= 0 && v < 2 * Math.PI);
    }
  }

  @Test
  void shapesAreChecked() {
    DifferentiableModel m = DifferentiableModel.of(2, 1, 1, DifferentiableModelTest::e,
        DifferentiableModelTest::j);
    assertFalse(m.hasInputJacobian());
    assertThrows(UnsupportedOperationException.class,
        () -> m.inputJacobian(new double[1], new double[2]));
    IllegalArgumentException theta = assertThrows(IllegalArgumentException.class,
        () -> m.expectations(new double[1], new double[3]));
    assertTrue(theta.getMessage().startsWith("theta: expected 2 parameters, got 3"));
    DifferentiableModel wrongOutputs = DifferentiableModel.of(2, 1, 2, DifferentiableModelTest::e,
        DifferentiableModelTest::j);
    assertThrows(IllegalStateException.class,
        () -> wrongOutputs.expectations(new double[1], new double[2]));
  }
}
