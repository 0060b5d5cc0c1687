package io.qml4j.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One small local[2] Spark session shared by the test classes of this JVM (starting Spark costs
 * seconds): no UI, two shuffle partitions.
 */
final class LocalSpark {
  static final StructType POINTS = new StructType()
      .add("features", DataTypes.createArrayType(DataTypes.DoubleType, true), true)
      .add("label", DataTypes.IntegerType, true);

  private LocalSpark() {}

  static synchronized SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("qml4j-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .getOrCreate();
  }

  /** Points and labels as rows, in {@code partitions} partitions, row order kept. */
  static Dataset<Row> points(double[][] x, int[] labels, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      rows.add(RowFactory.create(x[i], labels == null ? 0 : labels[i]));
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(session().sparkContext());
    return session().createDataFrame(sc.parallelize(rows, partitions), POINTS);
  }
}
