package io.qml4j.runtime.ml.data;

import java.util.Locale;

/**
 * Centres every feature at zero mean and scales it to unit variance, with the mean and standard
 * deviation of the training data it was fitted on (apply the same scaler to test data). A
 * feature that is constant in the training data is only centred.
 */
public final class StandardScaler {
  private final double[] mean;
  private final double[] scale;

  private StandardScaler(double[] mean, double[] scale) {
    this.mean = mean;
    this.scale = scale;
  }

  /** Fits on the rows of {@code x} (at least one, rectangular, finite). */
  public static StandardScaler fit(double[][] x) {
    Checks.requireRectangular("x", x, -1);
    if (x.length == 0) {
      throw new IllegalArgumentException("x: expected at least one row to fit on, got 0");
    }
    int d = x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int j = 0; j < d; j++) {
      double sum = 0;
      for (double[] row : x) {
        sum += row[j];
      }
      mean[j] = sum / x.length;
      double squares = 0;
      for (double[] row : x) {
        squares += (row[j] - mean[j]) * (row[j] - mean[j]);
      }
      double sd = Math.sqrt(squares / x.length);
      scale[j] = sd > 0 ? sd : 1;
    }
    return new StandardScaler(mean, scale);
  }

  /** The scaled copy of one row. */
  public double[] transform(double[] row) {
    if (row.length != mean.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "row: expected %d features, got %d", mean.length, row.length));
    }
    Checks.requireFinite("row", row);
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = (row[j] - mean[j]) / scale[j];
    }
    return out;
  }

  /** The scaled copy of every row. */
  public double[][] transform(double[][] rows) {
    Checks.requireRectangular("rows", rows, mean.length);
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
