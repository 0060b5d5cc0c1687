package io.qml4j.spark;

import java.util.List;
import org.apache.spark.sql.Row;

/** Reads test rows back. */
final class LocalSparkRows {
  private LocalSparkRows() {}

  static double[] vector(Row row, int field) {
    List<Double> values = row.getList(field);
    double[] x = new double[values.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = values.get(i);
    }
    return x;
  }
}
