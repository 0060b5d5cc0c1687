package io.qml4j.samples.serve;

import java.util.Arrays;

/**
 * The linear map a classifier was trained behind: feature j becomes
 * {@code low + (high - low) (x_j - min_j) / span_j} (the middle of {@code [low, high]} where
 * {@code span_j} is 0), the same arithmetic, in the same order, as the runtime's
 * {@code MinMaxScaler}, so that a served model sees bit for bit the features it saw in training.
 *
 * @param min each feature's training minimum
 * @param span each feature's training maximum minus minimum (0 or more)
 * @param low where the minimum maps to
 * @param high where the maximum maps to
 */
public record FeatureScaling(double[] min, double[] span, double low, double high) {
  /** Copies the arrays. */
  public FeatureScaling {
    if (min.length != span.length) {
      throw new IllegalArgumentException("span: expected " + min.length + " values, got "
          + span.length);
    }
    min = min.clone();
    span = span.clone();
  }

  /**
   * No scaling for {@code width} features: min 0, span 1, range [0, 1], which returns every value
   * unchanged ({@code 0 + 1 (x - 0) / 1 == x} exactly; {@code -0.0} becomes {@code 0.0}).
   */
  public static FeatureScaling identity(int width) {
    double[] ones = new double[width];
    Arrays.fill(ones, 1);
    return new FeatureScaling(new double[width], ones, 0, 1);
  }

  /** The number of features. */
  public int width() {
    return min.length;
  }

  /** The scaled copy of one row of {@link #width()} features. */
  public double[] apply(double[] row) {
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = span[j] > 0
          ? low + (high - low) * (row[j] - min[j]) / span[j]
          : (low + high) / 2;
    }
    return out;
  }

  @Override
  public double[] min() {
    return min.clone();
  }

  @Override
  public double[] span() {
    return span.clone();
  }
}
