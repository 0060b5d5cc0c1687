package io.qml4j.runtime.ml.svm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;

/**
 * A two-class C-SVM trained on a precomputed kernel matrix by LIBSVM (Chang and Lin 2011, ACM
 * TIST 2:27), kernel type {@code PRECOMPUTED}. Predictions take the kernel rows of new points
 * against the training points: {@code rows[i][j] = k(x_new_i, x_train_j)}. Immutable and
 * thread-safe after training.
 *
 * <p>Classes are reported in ascending label order; a positive decision value means the second
 * (larger) class. LIBSVM's output is silenced, and training is serialised on a lock because
 * LIBSVM keeps its random generator (used only for probabilities) in a static field. LIBSVM holds
 * a kernel row as one object per entry (about 32 bytes), so a few thousand training points is the
 * practical limit of this class.
 *
 * <p>Serialisable (LIBSVM's model is), so that a trained SVM can be shipped to the executors of a
 * distributed job.
 */
public final class PrecomputedKernelSvm implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final Object LIBSVM_LOCK = new Object();

  /**
   * LIBSVM's kernel cache in MB, its default. With a precomputed kernel the rows are already in
   * memory, so the cache only holds LIBSVM's own copies of the rows it touches.
   */
  private static final double CACHE_MB = 100;

  static {
    svm.svm_set_print_string_function(message -> { });
  }

  private final svm_model model;
  private final int[] classes;
  private final int trainingSize;
  /** +1 when LIBSVM's first class is our second, so its decision values point the same way. */
  private final double sign;

  private PrecomputedKernelSvm(svm_model model, int[] classes, int trainingSize) {
    this.model = model;
    this.classes = classes;
    this.trainingSize = trainingSize;
    this.sign = model.label[0] == classes[1] ? 1 : -1;
  }

  /**
   * Trains on a square kernel matrix of the training points.
   *
   * @param kernel {@code kernel[i][j] = k(x_i, x_j)}, square, finite
   * @param labels one per row, exactly two distinct values
   * @throws IllegalArgumentException for an empty or non-square matrix, mismatched labels, NaN
   *     entries, a single class, or more than two classes
   */
  public static PrecomputedKernelSvm train(double[][] kernel, int[] labels, SvmOptions options) {
    Objects.requireNonNull(options, "options");
    int n = kernel.length;
    if (n == 0) {
      throw new IllegalArgumentException("kernel: expected a training set, got 0 examples");
    }
    if (labels.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: expected one per kernel row (%d), got %d", n, labels.length));
    }
    int[] classes = Arrays.stream(labels).distinct().sorted().toArray();
    if (classes.length == 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: every training example has label %d; an SVM needs two classes", classes[0]));
    }
    if (classes.length > 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: expected exactly two classes, got %d: %s", classes.length,
          Arrays.toString(classes)));
    }
    svm_problem problem = new svm_problem();
    problem.l = n;
    problem.y = new double[n];
    problem.x = new svm_node[n][];
    for (int i = 0; i < n; i++) {
      problem.y[i] = labels[i];
      problem.x[i] = nodes("kernel", kernel[i], n, i, i + 1);
    }
    svm_parameter parameter = parameter(options);
    String problemError = svm.svm_check_parameter(problem, parameter);
    if (problemError != null) {
      throw new IllegalArgumentException("options: LIBSVM rejected the problem: " + problemError);
    }
    svm_model model;
    synchronized (LIBSVM_LOCK) {
      svm.rand.setSeed(options.seed());
      model = svm.svm_train(problem, parameter);
    }
    return new PrecomputedKernelSvm(model, classes, n);
  }

  /** The two class labels, ascending. */
  public int[] classes() {
    return classes.clone();
  }

  /** Number of training examples, the length every kernel row must have. */
  public int trainingSize() {
    return trainingSize;
  }

  /** The indices (from 0) of the training examples that are support vectors. */
  public int[] supportVectorIndices() {
    int[] indices = new int[model.l];
    for (int k = 0; k < indices.length; k++) {
      indices[k] = model.sv_indices[k] - 1;
    }
    return indices;
  }

  /** Whether the model was trained with {@link SvmOptions#probability()}. */
  public boolean hasProbabilities() {
    return svm.svm_check_probability_model(model) == 1;
  }

  /** The predicted label of every kernel row. */
  public int[] predict(double[][] rows) {
    double[] decision = decisionValues(rows);
    int[] labels = new int[decision.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = decision[i] > 0 ? classes[1] : classes[0];
    }
    return labels;
  }

  /**
   * The signed distance-like score of every kernel row, {@code sum_j alpha_j y_j k(x, x_j) - rho};
   * positive for the second class.
   */
  public double[] decisionValues(double[][] rows) {
    double[] out = new double[rows.length];
    double[] value = new double[1];
    for (int i = 0; i < rows.length; i++) {
      svm.svm_predict_values(model, nodes("rows", rows[i], trainingSize, i, 0), value);
      out[i] = sign * value[0];
    }
    return out;
  }

  /**
   * Platt-scaled class probabilities of every kernel row, {@code [row][class]} with classes in
   * ascending order.
   *
   * @throws IllegalStateException if the model was trained without probabilities
   */
  public double[][] probabilities(double[][] rows) {
    if (!hasProbabilities()) {
      throw new IllegalStateException(
          "probabilities: train with SvmOptions.withProbability(seed) to get them");
    }
    double[][] out = new double[rows.length][2];
    double[] estimates = new double[2];
    for (int i = 0; i < rows.length; i++) {
      svm.svm_predict_probability(model, nodes("rows", rows[i], trainingSize, i, 0), estimates);
      for (int k = 0; k < 2; k++) {
        out[i][model.label[k] == classes[0] ? 0 : 1] = estimates[k];
      }
    }
    return out;
  }

  /**
   * LIBSVM's precomputed-kernel row: node 0 holds the example's serial number (from 1; ignored
   * for prediction), node j + 1 holds {@code k(x, x_j)}.
   */
  private static svm_node[] nodes(String name, double[] row, int width, int index, int serial) {
    if (row.length != width) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: row %d has %d kernel values, expected one per training example (%d)",
          name, index, row.length, width));
    }
    svm_node[] nodes = new svm_node[width + 1];
    nodes[0] = node(0, serial);
    for (int j = 0; j < width; j++) {
      if (!Double.isFinite(row[j])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: entry (%d, %d) is %s, expected a finite number", name, index, j, row[j]));
      }
      nodes[j + 1] = node(j + 1, row[j]);
    }
    return nodes;
  }

  private static svm_node node(int index, double value) {
    svm_node node = new svm_node();
    node.index = index;
    node.value = value;
    return node;
  }

  private static svm_parameter parameter(SvmOptions options) {
    svm_parameter p = new svm_parameter();
    p.svm_type = svm_parameter.C_SVC;
    p.kernel_type = svm_parameter.PRECOMPUTED;
    p.C = options.c();
    p.eps = options.tolerance();
    p.cache_size = CACHE_MB;
    p.shrinking = 1;
    p.probability = options.probability() ? 1 : 0;
    p.nr_weight = 0;
    p.weight_label = new int[0];
    p.weight = new double[0];
    return p;
  }
}
