package io.qml4j.spark;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a feature vector from a Spark column value: an {@code array<double>} column (a Scala
 * sequence in a row), an MLlib vector ({@code org.apache.spark.ml.linalg.Vector} or the older
 * {@code mllib.linalg.Vector}), or a {@code double[]}; and says what is wrong with one that cannot
 * be evaluated.
 */
final class FeatureVectors {
  /** Values shown of a vector named in an error: enough to find the row, short for a log. */
  private static final int SHOWN_VALUES = 8;

  private FeatureVectors() {}

  /**
   * The values of a column value, or null for SQL NULL.
   *
   * @throws IllegalArgumentException for a value that is not a vector of numbers, naming its type
   */
  static double[] read(String column, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof double[] array) {
      return array.clone();
    }
    if (value instanceof org.apache.spark.ml.linalg.Vector vector) {
      return vector.toArray();
    }
    if (value instanceof org.apache.spark.mllib.linalg.Vector vector) {
      return vector.toArray();
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      double[] out = new double[seq.length()];
      for (int i = 0; i < out.length; i++) {
        Object element = seq.apply(i);
        // A null element of array<double> is missing data: NaN, reported as such by problem().
        out[i] = element == null ? Double.NaN : ((Number) element).doubleValue();
      }
      return out;
    }
    if (value instanceof java.util.List<?> list) {
      double[] out = new double[list.size()];
      for (int i = 0; i < out.length; i++) {
        Object element = list.get(i);
        out[i] = element == null ? Double.NaN : ((Number) element).doubleValue();
      }
      return out;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "%s: expected a column of array<double> or ML vectors, got a %s", column,
        value.getClass().getName()));
  }

  /**
   * Why a vector cannot be evaluated (null, wrong length, NaN or infinite entry), or null if it
   * can.
   */
  static String problem(double[] x, int expectedLength) {
    if (x == null) {
      return "is null";
    }
    if (x.length != expectedLength) {
      return String.format(Locale.ROOT, "has %d values, expected %d", x.length, expectedLength);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        return String.format(Locale.ROOT, "has %s at element %d, expected finite numbers",
            x[i], i);
      }
    }
    return null;
  }

  /** The first values of a vector for an error message. */
  static String show(double[] x) {
    if (x == null) {
      return "null";
    }
    if (x.length <= SHOWN_VALUES) {
      return Arrays.toString(x);
    }
    String head = Arrays.toString(Arrays.copyOf(x, SHOWN_VALUES));
    return head.substring(0, head.length() - 1) + ", ...]";
  }
}
