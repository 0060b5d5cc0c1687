package io.qml4j.spark;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.MiniBatchTraining;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Data-parallel training of a {@link VariationalClassifier} on Spark: each step's mini-batch is
 * evaluated where its rows live, every example's loss and gradient by the classifier's own
 * {@link VariationalClassifier#lossAndGradient} (so by the model's Jacobian: a generated model's
 * adjoint, or a parameter-shift model), summed per partition and combined with
 * {@code treeAggregate}; the driver runs the runtime's {@link MiniBatchTraining} with the
 * optimiser's update rule. Batches, starting parameters and partition sums are seeded or ordered,
 * so a run is reproducible bit for bit for the same data, seed and partitioning, and equals the
 * single-JVM {@code VariationalClassifier.train} to rounding (bit for bit on one partition, where
 * the order of summation is the same).
 */
public final class DataParallelTraining {
  private DataParallelTraining() {}

  /**
   * Trains from {@link VariationalClassifier#initialParameters} for the seed.
   *
   * @param model a serialisable factory of the model, built once per task on the executors
   * @param train a data set with a feature-vector column and an integer label column
   * @param batchSize examples per step
   * @param seed the seed of the starting parameters (batches use the optimiser's seed)
   */
  public static VariationalClassifier classifier(
      SerializableFactory<? extends DifferentiableModel> model, Dataset<Row> train,
      String featuresColumn, String labelColumn, GradientOptimizer optimizer, int batchSize,
      long seed) {
    Shipping.requireSerializable("model", model);
    DifferentiableModel local = Shipping.createOnDriver("model", model);
    return classifier(model, train, featuresColumn, labelColumn, optimizer, batchSize,
        VariationalClassifier.initialParameters(local, seed));
  }

  /**
   * Trains from the given parameters (model, head scale, biases).
   *
   * @throws IllegalArgumentException before training for a non-serialisable factory, an empty
   *     data set, fewer than two classes or more than the model serves, or a start of the wrong
   *     length; the first job fails naming the row for a feature vector of the wrong length or
   *     with NaN, or a label that is not an integer
   */
  public static VariationalClassifier classifier(
      SerializableFactory<? extends DifferentiableModel> model, Dataset<Row> train,
      String featuresColumn, String labelColumn, GradientOptimizer optimizer, int batchSize,
      double[] start) {
    Shipping.requireSerializable("model", model);
    Objects.requireNonNull(optimizer, "optimizer");
    DifferentiableModel local = Shipping.createOnDriver("model", model);
    int inputs = local.inputs();
    JavaRDD<Example> examples = train.select(featuresColumn, labelColumn).javaRDD()
        .zipWithIndex()
        .map(row -> Example.read(row._1, row._2, inputs, featuresColumn, labelColumn));
    examples.persist(StorageLevel.MEMORY_ONLY());
    try {
      List<Integer> labels = new ArrayList<>(examples.map(e -> e.label).distinct().collect());
      if (labels.isEmpty()) {
        throw new IllegalArgumentException("train: expected a training set, got 0 examples");
      }
      Collections.sort(labels);
      int[] classes = labels.stream().mapToInt(Integer::intValue).toArray();
      VariationalClassifier.of(local, classes, start, null);
      long count = examples.count();
      if (count > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("train: more than 2^31 examples: " + count);
      }
      OptimizationResult result = MiniBatchTraining.minimize(optimizer,
          new SparkBatchObjective(model, classes, examples), (int) count, batchSize, start);
      return VariationalClassifier.of(local, classes, result.parameters(), result);
    } finally {
      examples.unpersist(false);
    }
  }

  /** One training row: its position in the data set, features and label. */
  static final class Example implements Serializable {
    private static final long serialVersionUID = 1L;
    final long index;
    final double[] x;
    final int label;

    private Example(long index, double[] x, int label) {
      this.index = index;
      this.x = x;
      this.label = label;
    }

    static Example read(Row row, long index, int inputs, String featuresColumn,
        String labelColumn) {
      double[] x = FeatureVectors.read("train", row.get(0));
      String problem = FeatureVectors.problem(x, inputs);
      if (problem != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "train: row %d (column %s) %s: %s", index, featuresColumn, problem,
            FeatureVectors.show(x)));
      }
      return new Example(index, x, Labels.of("train", labelColumn, index, row.get(1)));
    }
  }

  /** A batch's mean loss and gradient, computed on the executors. */
  private static final class SparkBatchObjective implements MiniBatchTraining.BatchObjective {
    private final SerializableFactory<? extends DifferentiableModel> model;
    private final int[] classes;
    private final JavaRDD<Example> examples;

    SparkBatchObjective(SerializableFactory<? extends DifferentiableModel> model, int[] classes,
        JavaRDD<Example> examples) {
      this.model = model;
      this.classes = classes;
      this.examples = examples;
    }

    @Override
    public double evaluate(double[] parameters, int[] batch, double[] gradient) {
      // Rows are found by binary search on the sorted batch; position[] keeps batch order.
      long[] keyed = new long[batch.length];
      for (int k = 0; k < batch.length; k++) {
        keyed[k] = ((long) batch[k] << 32) | k;
      }
      Arrays.sort(keyed);
      int[] sortedIndex = new int[batch.length];
      int[] position = new int[batch.length];
      for (int k = 0; k < batch.length; k++) {
        sortedIndex[k] = (int) (keyed[k] >>> 32);
        position[k] = (int) keyed[k];
      }
      PartitionBatch task = new PartitionBatch(model, classes, parameters, sortedIndex, position);
      BatchSums sums = examples.mapPartitionsWithIndex(task, false)
          .treeAggregate(new BatchSums(), (s, p) -> s.merge(p), BatchSums::merge);
      if (sums.examples() != batch.length) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "train: the batch has %d examples but the partitions held %d; the data set must "
                + "give the same rows every time it is read", batch.length, sums.examples()));
      }
      double total = sums.total(gradient);
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] /= batch.length;
      }
      return total / batch.length;
    }
  }

  /**
   * One partition's part of a batch: the model built once, the partition's batch members taken in
   * batch order, each example's gradient added into one sum, as the single-JVM batch does.
   */
  private static final class PartitionBatch implements
      org.apache.spark.api.java.function.Function2<Integer, Iterator<Example>,
          Iterator<BatchSums>> {
    private static final long serialVersionUID = 1L;
    private final SerializableFactory<? extends DifferentiableModel> model;
    private final int[] classes;
    private final double[] parameters;
    private final int[] sortedIndex;
    private final int[] position;

    PartitionBatch(SerializableFactory<? extends DifferentiableModel> model, int[] classes,
        double[] parameters, int[] sortedIndex, int[] position) {
      this.model = model;
      this.classes = classes;
      this.parameters = parameters;
      this.sortedIndex = sortedIndex;
      this.position = position;
    }

    @Override
    public Iterator<BatchSums> call(Integer partition, Iterator<Example> rows) {
      List<long[]> members = new ArrayList<>();
      List<Example> found = new ArrayList<>();
      while (rows.hasNext()) {
        Example e = rows.next();
        int k = e.index > Integer.MAX_VALUE ? -1 : Arrays.binarySearch(sortedIndex, (int) e.index);
        if (k >= 0) {
          members.add(new long[] {position[k], found.size()});
          found.add(e);
        }
      }
      members.sort((a, b) -> Long.compare(a[0], b[0]));
      double loss = 0;
      double[] sum = new double[parameters.length];
      if (!members.isEmpty()) {
        VariationalClassifier classifier =
            VariationalClassifier.of(model.create(), classes, parameters, null);
        for (long[] member : members) {
          Example e = found.get((int) member[1]);
          double[] g = new double[parameters.length];
          loss += classifier.lossAndGradient(e.x, Arrays.binarySearch(classes, e.label),
              parameters, g);
          for (int i = 0; i < sum.length; i++) {
            sum[i] += g[i];
          }
        }
      }
      return List.of(new BatchSums().add(partition,
          new BatchSums.Partial(loss, sum, members.size()))).iterator();
    }
  }
}
