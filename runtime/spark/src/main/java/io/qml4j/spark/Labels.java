package io.qml4j.spark;

import java.util.Locale;

/** Reads an integer class label from a Spark column value. */
final class Labels {
  private Labels() {}

  /**
   * The label of row {@code row}: an integral number.
   *
   * @throws IllegalArgumentException for null, a non-number or a fraction, naming the row
   */
  static int of(String argument, String column, long row, Object value) {
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: row %d has label %s in column %s, expected an integer class label", argument, row,
          value, column));
    }
    double d = number.doubleValue();
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: row %d has label %s in column %s, expected an integer class label", argument, row,
          value, column));
    }
    return (int) d;
  }
}
