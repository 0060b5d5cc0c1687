package io.qml4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.AdHocDataset;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.spark.models.ZzMapModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.mllib.linalg.distributed.BlockMatrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kernel matrices computed by Spark in tiles against the single-JVM {@link FidelityKernel}. */
class DistributedKernelTest {
  /** States prepared by {@link #countingMap()}, on the driver and the local executor alike. */
  static final AtomicInteger PREPARED = new AtomicInteger();

  private static SparkSession spark;
  private static TrainTest data;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    data = AdHocDataset.generate(12, 6, AdHocDataset.PAPER_GAP, 3);
  }

  static StatePreparation countingMap() {
    return x -> {
      PREPARED.incrementAndGet();
      return ZzMapModel.state(x);
    };
  }

  @Test
  void trainingMatrixIsTheSingleJvmKernelBitForBit() {
    double[][] x = data.train().features();
    // 24 points in blocks of 5: a last block of 4, tiles that straddle the 3 input partitions.
    KernelMatrix k = new DistributedKernel(() -> ZzMapModel::state, 5)
        .matrix(LocalSpark.points(x, null, 3), "features");
    double[][] expected = new FidelityKernel(ZzMapModel::state).matrix(x);
    assertEquals(15, k.tiles().count(), "upper tiles of 5 x 5 blocks");
    double[][] actual = k.collect();
    for (int i = 0; i < x.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, "row " + i);
    }
  }

  @Test
  void crossKernelIsTheSingleJvmCrossKernelBitForBit() {
    double[][] test = data.test().features();
    double[][] train = data.train().features();
    KernelMatrix k = new DistributedKernel(() -> ZzMapModel::state, 4).cross(
        LocalSpark.points(test, null, 2), "features", LocalSpark.points(train, null, 3),
        "features");
    double[][] expected = new FidelityKernel(ZzMapModel::state).matrix(test, train);
    double[][] actual = k.collect();
    assertEquals(test.length, actual.length);
    for (int i = 0; i < test.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, "row " + i);
    }
  }

  @Test
  void eachBlocksStatesArePreparedOncePerTask() {
    double[][] x = data.train().features();
    PREPARED.set(0);
    // 24 points, 4 blocks of 6: 10 upper tiles; a tile task prepares its two blocks (one on the
    // diagonal), never a state per entry. The driver prepares one state to learn the qubits.
    new DistributedKernel(DistributedKernelTest::countingMap, 6)
        .matrix(LocalSpark.points(x, null, 2), "features").collect();
    int diagonal = 4 * 6;
    int offDiagonal = 6 * 2 * 6;
    assertEquals(1 + diagonal + offDiagonal, PREPARED.get());
  }

  @Test
  void blockMatrixAndParquetHoldTheSameEntries(@TempDir Path dir) {
    double[][] x = data.train().features();
    KernelMatrix k = new DistributedKernel(() -> ZzMapModel::state, 7)
        .matrix(LocalSpark.points(x, null, 2), "features");
    double[][] expected = new FidelityKernel(ZzMapModel::state).matrix(x);
    BlockMatrix blocks = k.toBlockMatrix();
    assertEquals(4, blocks.numRowBlocks());
    org.apache.spark.mllib.linalg.Matrix local = blocks.toLocalMatrix();
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        assertEquals(expected[i][j], local.apply(i, j), 0.0, "(" + i + ", " + j + ")");
      }
    }
    String path = dir.resolve("kernel.parquet").toString();
    k.writeParquet(spark, path);
    Dataset<Row> tiles = spark.read().parquet(path);
    assertEquals(16, tiles.count(), "every tile of the full 4 x 4 block matrix");
    double[][] read = new double[x.length][x.length];
    for (Row tile : tiles.collectAsList()) {
      int r0 = (int) tile.getLong(tile.fieldIndex("row_offset"));
      int c0 = (int) tile.getLong(tile.fieldIndex("column_offset"));
      int columns = tile.getInt(tile.fieldIndex("columns"));
      List<Double> values = tile.getList(tile.fieldIndex("values"));
      for (int e = 0; e < values.size(); e++) {
        read[r0 + e / columns][c0 + e % columns] = values.get(e);
      }
    }
    for (int i = 0; i < x.length; i++) {
      assertArrayEquals(expected[i], read[i], 0.0, "row " + i);
    }
  }

  @Test
  void aBadRowFailsTheJobNamingTheRow() {
    double[][] nanRow = data.train().features();
    nanRow[17] = new double[] {0.1, Double.NaN};
    Exception nan = assertThrows(Exception.class, () -> new DistributedKernel(
        () -> ZzMapModel::state, 5).matrix(LocalSpark.points(nanRow, null, 2), "features")
        .collect());
    assertTrue(messages(nan).contains("points: row 17 (column features) has NaN at element 1"),
        messages(nan));
    double[][] longRow = data.train().features();
    longRow[5] = new double[] {0.1, 0.2, 0.3};
    Exception length = assertThrows(Exception.class, () -> new DistributedKernel(
        () -> ZzMapModel::state, 5).matrix(LocalSpark.points(longRow, null, 2), "features")
        .collect());
    assertTrue(messages(length).contains("points: row 5 (column features) has 3 values, "
        + "expected 2"), messages(length));
  }

  @Test
  void aBlockSizeThatCannotFitIsRefusedBeforeAnyTile() {
    Dataset<Row> many = spark.range(12_000).select(
        functions.array(functions.rand(1), functions.rand(2)).as("features"));
    PREPARED.set(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DistributedKernel(DistributedKernelTest::countingMap, 12_000)
            .matrix(many, "features"));
    assertTrue(e.getMessage().startsWith("blockSize: a task of 12000 x 12000 points needs 2199 "
        + "MiB"), e.getMessage());
    assertTrue(e.getMessage().contains("local[2] runs its tasks inside it"), e.getMessage());
    long suggested = Long.parseLong(e.getMessage().replaceAll(".*use blockSize (\\d+) or less.*",
        "$1"));
    long perTask = (Runtime.getRuntime().maxMemory() - ExecutorMemory.SPARK_RESERVE) / 2;
    assertTrue(DistributedKernel.taskBytes(64, suggested, suggested) <= perTask);
    assertTrue(DistributedKernel.taskBytes(64, suggested + 1, suggested + 1) > perTask);
    assertEquals(1, PREPARED.get(), "only the driver's probe state");
  }

  @Test
  void collectingAMatrixBeyondTheResultLimitIsRefusedBeforeAnyTile() {
    Dataset<Row> many = spark.range(12_000).select(
        functions.array(functions.rand(1), functions.rand(2)).as("features"));
    PREPARED.set(0);
    KernelMatrix k = new DistributedKernel(DistributedKernelTest::countingMap, 1_000)
        .matrix(many, "features");
    IllegalStateException e = assertThrows(IllegalStateException.class, k::collect);
    assertEquals("collect: the 12000 x 12000 kernel matrix is 1099 MiB, more than "
        + "spark.driver.maxResultSize (1024 MiB); keep it distributed with writeParquet, "
        + "toBlockMatrix or tiles()", e.getMessage());
    assertEquals(1, PREPARED.get(), "only the driver's probe state");
  }

  @Test
  void aFeatureMapThatCannotBeShippedIsRefusedAtOnce() {
    Object notSerializable = new Object();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DistributedKernel(() -> x -> {
          notSerializable.hashCode();
          return ZzMapModel.state(x);
        }, 10));
    assertTrue(e.getMessage().startsWith("featureMap: cannot be sent to Spark executors: it "
        + "holds an instance of java.lang.Object, which is not Serializable"), e.getMessage());
  }

  /** The messages of an exception and its causes, where Spark puts the executor's error. */
  static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
