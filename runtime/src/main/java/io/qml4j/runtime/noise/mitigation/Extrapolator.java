package io.qml4j.runtime.noise.mitigation;

import java.util.Locale;

/**
 * Fits expectations measured at noise scale factors and returns the fit's value at zero noise
 * (Mitiq's {@code LinearFactory}, {@code RichardsonFactory}, {@code ExpFactory}).
 */
public interface Extrapolator {
  /**
   * The zero-noise estimate.
   *
   * @param scales the scale factors, distinct
   * @param values the expectation at each scale
   * @throws IllegalArgumentException if the lengths differ, there are too few points for the
   *     fit, or scales repeat
   */
  double extrapolate(double[] scales, double[] values);

  /** Least-squares line through the points, at zero; needs two points. */
  static Extrapolator linear() {
    return (scales, values) -> {
      Fits.check(scales, values, 2);
      double[] line = Fits.line(scales, values);
      return line[0];
    };
  }

  /**
   * The polynomial of degree {@code m - 1} through all m points, at zero (Richardson): the sum of
   * {@code y_i prod_{j != i} lambda_j / (lambda_j - lambda_i)}; needs two points.
   */
  static Extrapolator richardson() {
    return (scales, values) -> {
      Fits.check(scales, values, 2);
      double sum = 0;
      for (int i = 0; i < scales.length; i++) {
        double weight = 1;
        for (int j = 0; j < scales.length; j++) {
          if (j != i) {
            weight *= scales[j] / (scales[j] - scales[i]);
          }
        }
        sum += weight * values[i];
      }
      return sum;
    };
  }

  /**
   * {@code y = a + b exp(-c lambda)} with a known asymptote a (the value at infinite noise, such
   * as 0 for a traceless observable under depolarizing noise), fitted as a line in
   * {@code log |y - a|}, at zero; needs two points on one side of the asymptote.
   */
  static Extrapolator exponential(double asymptote) {
    return (scales, values) -> {
      Fits.check(scales, values, 2);
      double[] logs = new double[values.length];
      double sign = Math.signum(values[0] - asymptote);
      for (int i = 0; i < values.length; i++) {
        double gap = values[i] - asymptote;
        if (sign == 0 || Math.signum(gap) != sign) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "values: value %d (%s) is not on the same side of the asymptote %s as value 0", i,
              values[i], asymptote));
        }
        logs[i] = Math.log(Math.abs(gap));
      }
      return asymptote + sign * Math.exp(Fits.line(scales, logs)[0]);
    };
  }

  /**
   * {@code y = a + b exp(-c lambda)} with all three fitted (least squares over c by golden-section
   * search, a and b linear for each c), at zero; needs three points.
   */
  static Extrapolator exponential() {
    return (scales, values) -> {
      Fits.check(scales, values, 3);
      return Fits.exponential(scales, values);
    };
  }
}
