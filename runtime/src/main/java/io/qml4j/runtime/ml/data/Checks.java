package io.qml4j.runtime.ml.data;

import java.util.Locale;

/**
 * Argument checks shared by the QML classes: feature matrices that are rectangular and finite.
 * Public so that the kernel, SVM and model packages report bad input the same way.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that {@code rows} is non-null, rectangular and finite, and returns a deep copy.
   *
   * @param name the argument name used in error messages
   */
  public static double[][] copyRows(String name, double[][] rows) {
    requireRectangular(name, rows, -1);
    return copy(rows);
  }

  /**
   * Checks that every row has {@code width} finite entries ({@code width < 0}: the first row's
   * length).
   *
   * @param name the argument name used in error messages
   * @throws IllegalArgumentException naming the first offending row and column
   */
  public static void requireRectangular(String name, double[][] rows, int width) {
    if (rows == null) {
      throw new IllegalArgumentException(name + ": expected an array of rows, got null");
    }
    int expected = width;
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: row %d is null", name, i));
      }
      if (expected < 0) {
        expected = rows[i].length;
      }
      if (rows[i].length != expected) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: row %d has %d features, expected %d", name, i, rows[i].length, expected));
      }
      requireFinite(name + " row " + i, rows[i]);
    }
  }

  /**
   * Checks that every entry of {@code values} is finite.
   *
   * @param name the argument name used in error messages
   */
  public static void requireFinite(String name, double[] values) {
    for (int j = 0; j < values.length; j++) {
      if (!Double.isFinite(values[j])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: entry %d is %s, expected a finite number", name, j, values[j]));
      }
    }
  }

  /** A deep copy of a matrix. */
  public static double[][] copy(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].clone();
    }
    return out;
  }
}
