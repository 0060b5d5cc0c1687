package io.qml4j.runtime.ml.data;

import java.util.Locale;

/**
 * Maps every feature linearly so that its training range becomes {@code [low, high]}, such as
 * {@code [0, pi]} for angle encodings. Test data outside the training range map outside
 * {@code [low, high]}; they are not clipped. A feature constant in the training data maps to the
 * middle of the range.
 */
public final class MinMaxScaler {
  private final double[] min;
  private final double[] span;
  private final double low;
  private final double high;

  private MinMaxScaler(double[] min, double[] span, double low, double high) {
    this.min = min;
    this.span = span;
    this.low = low;
    this.high = high;
  }

  /** Fits on the rows of {@code x} (at least one, rectangular, finite); {@code low < high}. */
  public static MinMaxScaler fit(double[][] x, double low, double high) {
    if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "low, high: expected finite low < high, got [%s, %s]", low, high));
    }
    Checks.requireRectangular("x", x, -1);
    if (x.length == 0) {
      throw new IllegalArgumentException("x: expected at least one row to fit on, got 0");
    }
    int d = x[0].length;
    double[] min = new double[d];
    double[] span = new double[d];
    for (int j = 0; j < d; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] row : x) {
        lo = Math.min(lo, row[j]);
        hi = Math.max(hi, row[j]);
      }
      min[j] = lo;
      span[j] = hi - lo;
    }
    return new MinMaxScaler(min, span, low, high);
  }

  /** The scaled copy of one row. */
  public double[] transform(double[] row) {
    if (row.length != min.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "row: expected %d features, got %d", min.length, row.length));
    }
    Checks.requireFinite("row", row);
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = span[j] > 0
          ? low + (high - low) * (row[j] - min[j]) / span[j]
          : (low + high) / 2;
    }
    return out;
  }

  /** The scaled copy of every row. */
  public double[][] transform(double[][] rows) {
    Checks.requireRectangular("rows", rows, min.length);
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = transform(rows[i]);
    }
    return out;
  }

  /** The dataset with scaled features. */
  public Dataset transform(Dataset data) {
    return data.withFeatures(transform(data.features()));
  }
}
