package io.qml4j.spark;

import io.qml4j.runtime.ml.svm.PrecomputedKernelSvm;
import io.qml4j.runtime.ml.svm.SvmOptions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * A QSVM (Havlicek et al. 2019) whose training kernel matrix is computed by Spark: the tiles run
 * on executors, the matrix is collected (it must fit the driver, which
 * {@link KernelMatrix#collect()} checks before the job) and LIBSVM trains on it through the
 * runtime's {@link PrecomputedKernelSvm}. Predictions are Spark SQL functions evaluated per
 * partition. For a training set whose matrix does not fit the driver, use {@link NystromFeatures}.
 *
 * <p>Every kernel entry equals the single-JVM {@code Qsvm}'s bit for bit, so the trained SVM and
 * its decision values are the same.
 */
public final class DistributedQsvm {
  private final DistributedKernel kernel;
  private final double[][] trainingPoints;
  private final PrecomputedKernelSvm svm;

  private DistributedQsvm(DistributedKernel kernel, double[][] trainingPoints,
      PrecomputedKernelSvm svm) {
    this.kernel = kernel;
    this.trainingPoints = trainingPoints;
    this.svm = svm;
  }

  /**
   * Trains on the distributed kernel matrix of {@code train}.
   *
   * @param featuresColumn a column of feature vectors
   * @param labelColumn a column of integer labels, two classes
   * @throws IllegalStateException if the kernel matrix does not fit the driver
   * @throws IllegalArgumentException for labels that are null, not integers or not two classes
   */
  public static DistributedQsvm train(DistributedKernel kernel, Dataset<Row> train,
      String featuresColumn, String labelColumn, SvmOptions options) {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(options, "options");
    double[][] gram = kernel.matrix(train, featuresColumn).collect();
    List<Row> rows = train.select(featuresColumn, labelColumn).collectAsList();
    double[][] points = new double[rows.size()][];
    int[] labels = new int[rows.size()];
    for (int i = 0; i < labels.length; i++) {
      points[i] = FeatureVectors.read("train", rows.get(i).get(0));
      labels[i] = Labels.of("train", labelColumn, i, rows.get(i).get(1));
    }
    return new DistributedQsvm(kernel, points,
        PrecomputedKernelSvm.train(gram, labels, options));
  }

  /** The SVM trained on the precomputed kernel. */
  public PrecomputedKernelSvm svm() {
    return svm;
  }

  /** The kernel (feature map and block size) it was trained with. */
  public DistributedKernel kernel() {
    return kernel;
  }

  /** Number of training points. */
  public int trainingSize() {
    return trainingPoints.length;
  }

  /**
   * The decision value as a Spark SQL function of a feature-vector column (double, positive for
   * the second class).
   */
  public UserDefinedFunction decisionFunction(InvalidRows invalid) {
    return functions.udf(new QsvmFunction<Double>("decision", kernel.featureMap(), trainingPoints,
        svm, false, invalid), DataTypes.DoubleType);
  }

  /** The predicted label as a Spark SQL function of a feature-vector column (integer). */
  public UserDefinedFunction predictFunction(InvalidRows invalid) {
    return functions.udf(new QsvmFunction<Integer>("prediction", kernel.featureMap(),
        trainingPoints, svm, true, invalid), DataTypes.IntegerType);
  }

  /**
   * The decision values of every row of {@code data} on the driver, from the distributed cross
   * kernel ({@code data} x training points), in row order.
   */
  public double[] decisionValues(Dataset<Row> data, String featuresColumn) {
    Dataset<Row> training = data.sparkSession().createDataFrame(
        Rows.ofVectors(trainingPoints), Rows.VECTOR_SCHEMA);
    double[][] rows = kernel.cross(data, featuresColumn, training, Rows.VECTOR_COLUMN).collect();
    return svm.decisionValues(rows);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DistributedQsvm(%d training points, %d support vectors)",
        trainingPoints.length, svm.supportVectorIndices().length);
  }
}
