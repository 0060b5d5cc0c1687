package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.samples.models.ZzKernelModel;
import io.qml4j.spark.DistributedKernel;
import io.qml4j.spark.KernelMatrix;
import io.qml4j.spark.KernelTile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of {@link SparkKernelTask}, in its own class so that the task's class loads
 * without Spark and can say that Spark is missing.
 */
final class SparkKernelJob {
  private static final long MIB = 1L << 20;
  /** Points of the untimed warm-up run of both kernels, so neither is timed while the JIT works. */
  private static final int WARM_UP_POINTS = 200;

  private SparkKernelJob() {}

  static TaskResult run(String master, int points, int blockSize, boolean compare,
      String parquet, long seed) {
    SparkSession.Builder builder = SparkSession.builder().appName("qml4j spark-kernel")
        .config("spark.ui.enabled", "false");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      double[][] x = points(points, seed);
      int partitions = Math.max(1, (points + blockSize - 1) / blockSize);
      Dataset<Row> data = frame(spark, x, partitions);
      DistributedKernel kernel = new DistributedKernel(() -> ZzKernelModel::state, blockSize);
      FidelityKernel local = new FidelityKernel(ZzKernelModel::state);
      double[][] warm = points(Math.min(points, WARM_UP_POINTS), seed + 1);
      kernel.matrix(frame(spark, warm, 2), "features").collect();
      local.matrix(warm);

      resetPeaks();
      long start = System.nanoTime();
      KernelMatrix k = kernel.matrix(data, "features");
      double[][] distributed = null;
      double trace;
      if (compare) {
        distributed = k.collect();
        trace = 0;
        for (int i = 0; i < points; i++) {
          trace += distributed[i][i];
        }
      } else {
        // Every tile computed and reduced on the executors: the matrix never reaches the driver.
        trace = k.tiles().map(SparkKernelJob::diagonalSum).reduce(Double::sum);
      }
      double sparkSeconds = (System.nanoTime() - start) / 1e9;
      long sparkPeak = peakHeap();
      if (parquet != null) {
        k.writeParquet(spark, parquet);
      }

      Map<String, Double> values = new LinkedHashMap<>();
      values.put("points", (double) points);
      values.put("spark seconds", sparkSeconds);
      values.put("spark peak heap MiB", (double) sparkPeak / MIB);
      values.put("matrix MiB", (double) points * points * Double.BYTES / MIB);
      values.put("trace", trace);
      String figure;
      boolean equal = Math.abs(trace - points) < 1e-9 * points;
      if (compare) {
        resetPeaks();
        start = System.nanoTime();
        double[][] single = local.matrix(x);
        double singleSeconds = (System.nanoTime() - start) / 1e9;
        values.put("single-JVM seconds", singleSeconds);
        values.put("single-JVM peak heap MiB", (double) peakHeap() / MIB);
        double maxDifference = 0;
        for (int i = 0; i < points; i++) {
          for (int j = 0; j < points; j++) {
            maxDifference = Math.max(maxDifference, Math.abs(single[i][j] - distributed[i][j]));
          }
        }
        values.put("max difference", maxDifference);
        equal = maxDifference == 0;
        figure = String.format(Locale.ROOT, "Spark %.2f s, one JVM %.2f s, max |diff| %.1e",
            sparkSeconds, singleSeconds, maxDifference);
      } else {
        figure = String.format(Locale.ROOT, "Spark %.2f s, trace %.1f, peak heap %d MiB of a "
            + "%d MiB matrix", sparkSeconds, trace, sparkPeak / MIB,
            (long) points * points * Double.BYTES / MIB);
      }
      System.out.println(values);
      return new TaskResult(String.format(Locale.ROOT,
              "Spark kernel, %d points, ZZ 6 qubits, tiles of %d, %s", points, blockSize,
              spark.sparkContext().master()),
          figure, compare ? "equal to FidelityKernel bit for bit" : "trace = N (unit diagonal)",
          equal, sparkSeconds, List.of(), values);
    } finally {
      spark.stop();
    }
  }

  /** The diagonal entries a tile holds (tiles on the diagonal only). */
  private static double diagonalSum(KernelTile tile) {
    double sum = 0;
    if (tile.rowBlock() == tile.columnBlock()) {
      for (int i = 0; i < tile.rows(); i++) {
        sum += tile.get(i, i);
      }
    }
    return sum;
  }

  private static double[][] points(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][ZzKernelModel.INPUTS];
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 2 * Math.PI * random.nextDouble();
      }
    }
    return x;
  }

  private static Dataset<Row> frame(SparkSession spark, double[][] x, int partitions) {
    List<Row> rows = new ArrayList<>(x.length);
    for (double[] row : x) {
      rows.add(RowFactory.create((Object) row));
    }
    StructType schema = new StructType().add("features",
        DataTypes.createArrayType(DataTypes.DoubleType, false), false);
    // parallelize keeps the row order, so row i of the matrix is point i.
    return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(rows, partitions), schema);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
