package io.qml4j.runtime.noise.mitigation;

import java.util.Locale;

/** Least-squares fits for {@link Extrapolator}. */
final class Fits {
  private Fits() {}

  /** Range of the decay rate searched, per unit of scale factor. */
  private static final double MAX_RATE = 20;
  private static final int GOLDEN_STEPS = 200;

  static void check(double[] scales, double[] values, int needed) {
    if (scales.length != values.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "values: expected one per scale (%d), got %d", scales.length, values.length));
    }
    if (scales.length < needed) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "scales: this fit needs at least %d points, got %d", needed, scales.length));
    }
    for (int i = 0; i < scales.length; i++) {
      if (!Double.isFinite(scales[i]) || !Double.isFinite(values[i])) {
        throw new IllegalArgumentException("scales: point " + i + " is not finite");
      }
      for (int j = 0; j < i; j++) {
        if (scales[i] == scales[j]) {
          throw new IllegalArgumentException("scales: scale " + scales[i] + " repeats");
        }
      }
    }
  }

  /** {intercept, slope} of the least-squares line. */
  static double[] line(double[] x, double[] y) {
    int n = x.length;
    double mx = 0, my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0, sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double slope = sxy / sxx;
    return new double[] {my - slope * mx, slope};
  }

  /** a + b at the best c of {@code y = a + b exp(-c x)}. */
  static double exponential(double[] x, double[] y) {
    double lo = 1e-9, hi = MAX_RATE;
    double g = (Math.sqrt(5) - 1) / 2;
    double c1 = hi - g * (hi - lo), c2 = lo + g * (hi - lo);
    double r1 = residual(x, y, c1), r2 = residual(x, y, c2);
    for (int k = 0; k < GOLDEN_STEPS; k++) {
      if (r1 < r2) {
        hi = c2;
        c2 = c1;
        r2 = r1;
        c1 = hi - g * (hi - lo);
        r1 = residual(x, y, c1);
      } else {
        lo = c1;
        c1 = c2;
        r1 = r2;
        c2 = lo + g * (hi - lo);
        r2 = residual(x, y, c2);
      }
    }
    double[] ab = linearIn(x, y, (c1 + c2) / 2);
    return ab[0] + ab[1];
  }

  private static double residual(double[] x, double[] y, double c) {
    double[] ab = linearIn(x, y, c);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - ab[0] - ab[1] * Math.exp(-c * x[i]);
      sum += r * r;
    }
    return sum;
  }

  /** {a, b} of the least-squares {@code y = a + b exp(-c x)} at fixed c. */
  private static double[] linearIn(double[] x, double[] y, double c) {
    double[] e = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      e[i] = Math.exp(-c * x[i]);
    }
    double[] line = line(e, y);
    return new double[] {line[0], line[1]};
  }
}
