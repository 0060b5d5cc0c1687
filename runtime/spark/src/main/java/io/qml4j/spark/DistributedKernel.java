package io.qml4j.spark;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The fidelity kernel {@code k(x, y) = |<phi(x)|phi(y)>|^2} of a feature map, computed by Spark in
 * tiles: the points are cut into blocks of {@code blockSize} consecutive rows, every task prepares
 * the states of its blocks once and computes the tile of all their pairs on an executor. The
 * result is a {@link KernelMatrix}, distributed: it reaches the driver only when asked and only if
 * it fits. Each entry is the single-JVM {@link FidelityKernel}'s, bit for bit (the same state
 * preparation and the same overlap sum).
 *
 * <pre>{@code
 * DistributedKernel kernel = new DistributedKernel(() -> ZzKernelModel::state, 500);
 * KernelMatrix k = kernel.matrix(points, "features");     // symmetric: upper tiles only
 * k.writeParquet("hdfs:///kernels/train");                  // or k.toBlockMatrix(), k.collect()
 * KernelMatrix test = kernel.cross(testPoints, "features", points, "features");
 * }</pre>
 *
 * <p>Before any tile is computed the block size is checked against executor memory: two blocks of
 * states and one tile (held twice while it is sent) must fit in one task's share of an executor's
 * heap, or the call fails saying which block size would fit. The feature map's factory must be
 * serialisable (checked at construction); what it builds need not be.
 */
public final class DistributedKernel implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long MIB = 1L << 20;
  /** Bytes of one amplitude, a complex double. */
  private static final int AMPLITUDE_BYTES = 16;

  private final SerializableFactory<? extends StatePreparation> featureMap;
  private final int blockSize;

  /**
   * A kernel of the feature map that {@code featureMap} builds on each executor.
   *
   * @param featureMap a serialisable factory of the feature map
   * @param blockSize points per block: a tile holds up to blockSize^2 entries
   * @throws IllegalArgumentException for a block size below 1 or a factory that is not
   *     serialisable
   */
  public DistributedKernel(SerializableFactory<? extends StatePreparation> featureMap,
      int blockSize) {
    this.featureMap = Shipping.requireSerializable("featureMap", featureMap);
    if (blockSize < 1) {
      throw new IllegalArgumentException("blockSize: expected at least 1, got " + blockSize);
    }
    this.blockSize = blockSize;
  }

  /** The feature map's factory. */
  public SerializableFactory<? extends StatePreparation> featureMap() {
    return featureMap;
  }

  /** Points per block. */
  public int blockSize() {
    return blockSize;
  }

  /**
   * The symmetric training matrix {@code K[i][j] = k(x_i, x_j)} of the rows of {@code points}, in
   * the data set's row order. Only the tiles on and above the diagonal are computed.
   *
   * @param points a data set with a column of feature vectors ({@code array<double>} or ML vector)
   * @param column that column's name
   * @throws IllegalArgumentException before the job for an empty data set or a block size that
   *     does not fit executor memory; the job fails with an {@link IllegalArgumentException} naming
   *     the row for a vector of the wrong length or with NaN
   */
  public KernelMatrix matrix(Dataset<Row> points, String column) {
    Shape shape = shape("points", points, column, -1);
    checkMemory(shape.qubits, Math.min(blockSize, shape.count), Math.min(blockSize, shape.count));
    JavaPairRDD<Integer, PointBlock> blocks =
        Blocks.of("points", points, column, shape.features, shape.count, blockSize);
    JavaRDD<KernelTile> tiles = blocks.cartesian(blocks)
        .filter(pair -> pair._1._1 <= pair._2._1)
        .mapPartitions(new TileTask(featureMap, true));
    return new KernelMatrix(tiles, shape.count, shape.count, blockSize, true);
  }

  /**
   * The rectangular matrix {@code K[i][j] = k(rows_i, columns_j)}, such as test points against
   * training points. Both data sets are cut into blocks; every tile is computed.
   *
   * @throws IllegalArgumentException before the job for an empty data set, vectors of different
   *     lengths in the two first rows, or a block size that does not fit executor memory
   */
  public KernelMatrix cross(Dataset<Row> rows, String rowColumn, Dataset<Row> columns,
      String columnColumn) {
    Shape r = shape("rows", rows, rowColumn, -1);
    Shape c = shape("columns", columns, columnColumn, r.features);
    if (r.qubits != c.qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "columns: the feature map prepared %d qubits, for rows %d", c.qubits, r.qubits));
    }
    checkMemory(r.qubits, Math.min(blockSize, r.count), Math.min(blockSize, c.count));
    JavaPairRDD<Integer, PointBlock> rowBlocks =
        Blocks.of("rows", rows, rowColumn, r.features, r.count, blockSize);
    JavaPairRDD<Integer, PointBlock> columnBlocks =
        Blocks.of("columns", columns, columnColumn, c.features, c.count, blockSize);
    JavaRDD<KernelTile> tiles = rowBlocks.cartesian(columnBlocks)
        .mapPartitions(new TileTask(featureMap, false));
    return new KernelMatrix(tiles, r.count, c.count, blockSize, false);
  }

  /** Rows, features and qubits of a data set, from its count and its first row. */
  private Shape shape(String argument, Dataset<Row> points, String column, int features) {
    Objects.requireNonNull(points, argument);
    Objects.requireNonNull(column, "column");
    List<Row> first = points.select(column).takeAsList(1);
    if (first.isEmpty()) {
      throw new IllegalArgumentException(argument + ": expected points, got an empty data set");
    }
    double[] x = FeatureVectors.read(argument, first.get(0).get(0));
    String problem = FeatureVectors.problem(x, features < 0 ? (x == null ? 0 : x.length) : features);
    if (problem != null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: row 0 (column %s) %s",
          argument, column, problem));
    }
    StateVector state = Shipping.createOnDriver("featureMap", featureMap).prepare(x.clone());
    return new Shape(points.count(), x.length, state.qubits());
  }

  /**
   * Refuses a block size whose task would not fit: two blocks of states (rows and columns) and
   * one tile, counted twice because a finished tile is serialised while it is still held.
   */
  private void checkMemory(int qubits, long rowBlock, long columnBlock) {
    SparkContext sc = SparkContext.getOrCreate();
    ExecutorMemory memory = ExecutorMemory.of(sc);
    long stateBytes = AMPLITUDE_BYTES * (1L << qubits);
    long needed = taskBytes(stateBytes, rowBlock, columnBlock);
    if (needed > memory.perTask()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blockSize: a task of %d x %d points needs %d MiB (the states of both blocks, %d "
              + "qubits each, and the tile twice while it is sent), but %s leaves %d MiB per "
              + "task after Spark's 300 MiB reserve; use blockSize %d or less, or give executors "
              + "more memory", rowBlock, columnBlock, divideUp(needed, MIB), qubits,
          memory.source, memory.perTask() / MIB, largestBlock(stateBytes, memory.perTask())));
    }
  }

  static long taskBytes(long stateBytes, long rowBlock, long columnBlock) {
    return (rowBlock + columnBlock) * stateBytes + 2 * Double.BYTES * rowBlock * columnBlock;
  }

  /** The largest square block b with taskBytes(b, b) within the budget. */
  static long largestBlock(long stateBytes, long budget) {
    // 16 b^2 + 2 s b <= budget
    double b = (-2.0 * stateBytes + Math.sqrt(4.0 * stateBytes * stateBytes + 64.0 * budget)) / 32;
    long block = (long) Math.floor(b);
    while (block > 0 && taskBytes(stateBytes, block, block) > budget) {
      block--;
    }
    return block;
  }

  private static long divideUp(long a, long b) {
    return (a + b - 1) / b;
  }

  private record Shape(long count, int features, int qubits) { }
}
