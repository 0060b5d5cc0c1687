package io.qml4j.runtime.ml.optim;

/** Analytic test functions with known minima. */
final class TestFunctions {
  private TestFunctions() {}

  /** Rosenbrock's function {@code (1 - x)^2 + 100 (y - x^2)^2}, minimum 0 at (1, 1). */
  static final Objective ROSENBROCK = Objective.of(
      p -> (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]),
      p -> new double[] {
          -2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0]),
          200 * (p[1] - p[0] * p[0])});

  /** Rosenbrock's usual start. */
  static final double[] ROSENBROCK_START = {-1.2, 1};

  /** Centre of {@link #QUADRATIC}. */
  static final double[] CENTRE = {1.5, -2, 0.25};

  /** {@code sum_i w_i (x_i - c_i)^2} with weights 1, 2, 4: minimum 0 at {@link #CENTRE}. */
  static final Objective QUADRATIC = Objective.of(p -> {
    double f = 0;
    for (int i = 0; i < 3; i++) {
      f += (1 << i) * (p[i] - CENTRE[i]) * (p[i] - CENTRE[i]);
    }
    return f;
  }, p -> {
    double[] g = new double[3];
    for (int i = 0; i < 3; i++) {
      g[i] = 2 * (1 << i) * (p[i] - CENTRE[i]);
    }
    return g;
  });
}
