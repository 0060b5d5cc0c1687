package io.qml4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Local points as rows of one {@code array<double>} column. */
final class Rows {
  static final String VECTOR_COLUMN = "features";
  static final StructType VECTOR_SCHEMA = new StructType().add(VECTOR_COLUMN,
      DataTypes.createArrayType(DataTypes.DoubleType, false), false);

  private Rows() {}

  static List<Row> ofVectors(double[][] points) {
    List<Row> rows = new ArrayList<>(points.length);
    for (double[] x : points) {
      rows.add(RowFactory.create((Object) x));
    }
    return rows;
  }
}
