package io.qml4j.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Cuts a column of feature vectors into blocks of consecutive rows, one block per partition. Each
 * row is checked where it is read, and a bad one fails the job with its row number (its position
 * in the data set, from 0).
 */
final class Blocks {
  private Blocks() {}

  /** The points in blocks of {@code blockSize}, keyed and partitioned by block index. */
  static JavaPairRDD<Integer, PointBlock> of(String argument, Dataset<Row> points, String column,
      int features, long count, int blockSize) {
    int blocks = blockCount(count, blockSize);
    return points.select(column).javaRDD().zipWithIndex()
        .mapToPair(row -> {
          long index = row._2;
          double[] x = FeatureVectors.read(argument, row._1.get(0));
          String problem = FeatureVectors.problem(x, features);
          if (problem != null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s: row %d (column %s) %s: %s", argument, index, column, problem,
                FeatureVectors.show(x)));
          }
          return new Tuple2<>((int) (index / blockSize), new Tuple2<>(index, x));
        })
        .groupByKey(new HashPartitioner(blocks))
        .mapToPair(group -> {
          List<Tuple2<Long, double[]>> rows = new ArrayList<>();
          group._2.forEach(rows::add);
          rows.sort(Comparator.comparingLong(Tuple2::_1));
          double[][] x = new double[rows.size()][];
          for (int i = 0; i < x.length; i++) {
            x[i] = rows.get(i)._2;
          }
          return new Tuple2<>(group._1, new PointBlock(group._1, rows.get(0)._1, x));
        });
  }

  /** The number of blocks of {@code blockSize} that hold {@code count} points (at least 1). */
  static int blockCount(long count, int blockSize) {
    long blocks = Math.max(1, (count + blockSize - 1) / blockSize);
    if (blocks > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blockSize: %d points in blocks of %d make more than 2^31 blocks", count, blockSize));
    }
    return (int) blocks;
  }
}
