package io.qml4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.linalg.DenseMatrix;
import org.apache.spark.mllib.linalg.Matrix;
import org.apache.spark.mllib.linalg.distributed.BlockMatrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;

/**
 * A kernel matrix held by Spark as tiles ({@link KernelTile}), computed lazily: nothing runs until
 * an action (writing, collecting, converting and acting on the result). A symmetric matrix holds
 * only the tiles on and above the diagonal; the conversions mirror them. Call {@link #persist} when
 * the tiles are used more than once.
 */
public final class KernelMatrix {
  private static final long MIB = 1L << 20;
  /** Spark's default {@code spark.driver.maxResultSize}. */
  private static final String DEFAULT_MAX_RESULT = "1g";

  private final JavaRDD<KernelTile> tiles;
  private final long rows;
  private final long columns;
  private final int blockSize;
  private final boolean symmetric;

  KernelMatrix(JavaRDD<KernelTile> tiles, long rows, long columns, int blockSize,
      boolean symmetric) {
    this.tiles = tiles;
    this.rows = rows;
    this.columns = columns;
    this.blockSize = blockSize;
    this.symmetric = symmetric;
  }

  /** Number of rows. */
  public long rows() {
    return rows;
  }

  /** Number of columns. */
  public long columns() {
    return columns;
  }

  /** Rows and columns per tile (the last tile of a side may be smaller). */
  public int blockSize() {
    return blockSize;
  }

  /** Whether only the upper tiles are held (a training matrix). */
  public boolean symmetric() {
    return symmetric;
  }

  /** The tiles as computed: for a symmetric matrix those with row block at most column block. */
  public JavaRDD<KernelTile> tiles() {
    return tiles;
  }

  /** Keeps the tiles once computed, so that later actions do not compute them again. */
  public KernelMatrix persist(StorageLevel level) {
    tiles.persist(level);
    return this;
  }

  /** Every tile of the full matrix, the lower ones of a symmetric matrix as mirrors. */
  public JavaRDD<KernelTile> allTiles() {
    if (!symmetric) {
      return tiles;
    }
    return tiles.flatMap(tile -> tile.rowBlock() == tile.columnBlock()
        ? List.of(tile).iterator()
        : List.of(tile, tile.transpose()).iterator());
  }

  /** The matrix as MLlib's distributed {@link BlockMatrix}, one MLlib block per tile. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public BlockMatrix toBlockMatrix() {
    JavaRDD<Tuple2<Tuple2<Object, Object>, Matrix>> blocks = allTiles().map(tile ->
        new Tuple2<>(new Tuple2<>(tile.rowBlock(), tile.columnBlock()),
            (Matrix) new DenseMatrix(tile.rows(), tile.columns(), tile.valuesView(), true)));
    // BlockMatrix collects into a typed array: the RDD needs a real class tag, not Java's Object.
    ClassTag tag = ClassTag$.MODULE$.apply(Tuple2.class);
    return new BlockMatrix(blocks.rdd().map(new Identity<>(), tag), blockSize, blockSize, rows,
        columns);
  }

  /**
   * Every tile of the full matrix as a row of {@code row_block}, {@code column_block},
   * {@code row_offset}, {@code column_offset}, {@code rows}, {@code columns} and {@code values}
   * (the entries row by row): the form {@link #writeParquet} writes.
   */
  public Dataset<Row> toDataset(SparkSession spark) {
    StructType schema = new StructType()
        .add("row_block", DataTypes.IntegerType, false)
        .add("column_block", DataTypes.IntegerType, false)
        .add("row_offset", DataTypes.LongType, false)
        .add("column_offset", DataTypes.LongType, false)
        .add("rows", DataTypes.IntegerType, false)
        .add("columns", DataTypes.IntegerType, false)
        .add("values", DataTypes.createArrayType(DataTypes.DoubleType, false), false);
    JavaRDD<Row> rowsOfTiles = allTiles().map(tile -> RowFactory.create(tile.rowBlock(),
        tile.columnBlock(), tile.rowOffset(), tile.columnOffset(), tile.rows(), tile.columns(),
        tile.valuesView()));
    return spark.createDataFrame(rowsOfTiles, schema);
  }

  /** Writes every tile to Parquet at {@code path} (see {@link #toDataset} for the columns). */
  public void writeParquet(SparkSession spark, String path) {
    toDataset(spark).write().parquet(path);
  }

  /**
   * The whole matrix on the driver, {@code double[rows][columns]}.
   *
   * @throws IllegalStateException before any job when it would not fit: more than
   *     {@code spark.driver.maxResultSize}, more than half the driver's free heap, or more than an
   *     array can hold
   */
  public double[][] collect() {
    long bytes = rows * columns * Double.BYTES;
    SparkContext sc = SparkContext.getOrCreate();
    long maxResult = sc.getConf().getSizeAsBytes("spark.driver.maxResultSize", DEFAULT_MAX_RESULT);
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    String why = null;
    if (rows > Integer.MAX_VALUE - 8 || columns > Integer.MAX_VALUE - 8) {
      why = "more rows or columns than a Java array holds";
    } else if (maxResult > 0 && bytes > maxResult) {
      why = String.format(Locale.ROOT, "more than spark.driver.maxResultSize (%d MiB)",
          maxResult / MIB);
    } else if (2 * bytes > free) {
      // The collected tiles and the assembled matrix are both held for a moment.
      why = String.format(Locale.ROOT, "more than half the driver's free heap (%d MiB)",
          free / MIB);
    }
    if (why != null) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "collect: the %d x %d kernel matrix is %d MiB, %s; keep it distributed with "
              + "writeParquet, toBlockMatrix or tiles()", rows, columns,
          (bytes + MIB - 1) / MIB, why));
    }
    double[][] k = new double[(int) rows][(int) columns];
    List<KernelTile> collected = new ArrayList<>(tiles.collect());
    for (KernelTile tile : collected) {
      place(k, tile);
      if (symmetric && tile.rowBlock() != tile.columnBlock()) {
        place(k, tile.transpose());
      }
    }
    return k;
  }

  /** The identity as a serialisable Scala function, to give an RDD its class tag. */
  private static final class Identity<T> extends AbstractFunction1<T, T> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public T apply(T value) {
      return value;
    }
  }

  private static void place(double[][] k, KernelTile tile) {
    double[] values = tile.valuesView();
    int r0 = (int) tile.rowOffset();
    int c0 = (int) tile.columnOffset();
    for (int i = 0; i < tile.rows(); i++) {
      System.arraycopy(values, i * tile.columns(), k[r0 + i], c0, tile.columns());
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "KernelMatrix(%d x %d in tiles of %d%s)", rows, columns,
        blockSize, symmetric ? ", symmetric" : "");
  }
}
