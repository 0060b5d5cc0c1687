package io.qml4j.runtime.ml.variational;

import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Checks;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.MiniBatchTraining;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.ParallelBatch;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A variational quantum classifier: a {@link DifferentiableModel}'s expectation values, through a
 * trainable classical head (one scale {@code a} and one bias per output), give logits
 * {@code z_k = a <H_k> + b_k}; a model with one output separates two classes by
 * {@code P(second class) = sigmoid(z_0)}, a model with one output per class uses the softmax.
 * Trained on the cross-entropy with mini-batches ({@link MiniBatchTraining}), each batch's
 * examples evaluated in parallel, the model's gradients from its Jacobian (adjoint
 * differentiation for runtime circuits).
 *
 * <p>Parameters: the model's {@code params()}, then {@code a}, then the biases. Immutable after
 * training.
 */
public final class VariationalClassifier {
  private final DifferentiableModel model;
  private final int[] classes;
  private final double[] parameters;
  private final OptimizationResult result;

  private VariationalClassifier(DifferentiableModel model, int[] classes, double[] parameters,
      OptimizationResult result) {
    this.model = model;
    this.classes = classes;
    this.parameters = parameters;
    this.result = result;
  }

  /**
   * Trains from the model's {@link DifferentiableModel#initialParameters} for the seed, head scale
   * 1 and biases 0.
   */
  public static VariationalClassifier train(DifferentiableModel model, Dataset train,
      GradientOptimizer optimizer, int batchSize, long seed) {
    return train(model, train, optimizer, batchSize, initialParameters(model, seed));
  }

  /**
   * The starting parameters of {@link #train(DifferentiableModel, Dataset, GradientOptimizer, int,
   * long)}: the model's {@link DifferentiableModel#initialParameters} for the seed, head scale 1,
   * biases 0.
   */
  public static double[] initialParameters(DifferentiableModel model, long seed) {
    double[] start = Arrays.copyOf(model.initialParameters(seed), model.params() + 1 + model.outputs());
    start[model.params()] = 1;
    return start;
  }

  /**
   * A classifier with the given parameters, trained elsewhere (such as on a cluster) or restored
   * from a file.
   *
   * @param classes the class labels, ascending and distinct
   * @param parameters model parameters, head scale, biases
   * @param result the optimiser's result, or null if there is none
   * @throws IllegalArgumentException if the classes do not fit the model's outputs or the
   *     parameters have the wrong length
   */
  public static VariationalClassifier of(DifferentiableModel model, int[] classes,
      double[] parameters, OptimizationResult result) {
    Objects.requireNonNull(model, "model");
    for (int k = 1; k < classes.length; k++) {
      if (classes[k] <= classes[k - 1]) {
        throw new IllegalArgumentException("classes: expected ascending distinct labels, got "
            + Arrays.toString(classes));
      }
    }
    checkClasses(model, classes, "classes");
    checkParameters(model, parameters, "parameters");
    return new VariationalClassifier(model, classes.clone(), parameters.clone(), result);
  }

  /**
   * Trains from the given parameters (model, head scale, biases).
   *
   * @throws IllegalArgumentException for an empty training set, a single class, a number of
   *     classes the model's outputs cannot serve, features of the wrong length or NaN, or a start
   *     of the wrong length
   */
  public static VariationalClassifier train(DifferentiableModel model, Dataset train,
      GradientOptimizer optimizer, int batchSize, double[] start) {
    Objects.requireNonNull(model, "model");
    if (train.size() == 0) {
      throw new IllegalArgumentException("train: expected a training set, got 0 examples");
    }
    int[] classes = train.classes();
    checkClasses(model, classes, "train");
    if (train.dimension() != model.inputs()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "train: examples have %d features, the model takes %d",
          train.dimension(), model.inputs()));
    }
    checkParameters(model, start, "start");
    double[][] x = train.features();
    int[] targets = new int[train.size()];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = Arrays.binarySearch(classes, train.label(i));
    }
    VariationalClassifier untrained = new VariationalClassifier(model, classes, start, null);
    Jacobian[] evaluated = new Jacobian[train.size()];
    OptimizationResult result = MiniBatchTraining.minimize(optimizer,
        (params, batch, gradient) -> {
          // the whole batch at once, so a model on a device runs one job per step
          double[][] xs = new double[batch.length][];
          for (int k = 0; k < batch.length; k++) {
            xs[k] = x[batch[k]];
          }
          List<Jacobian> batchJacobians = model.batchJacobians(xs,
              Arrays.copyOf(params, model.params()));
          for (int k = 0; k < batch.length; k++) {
            evaluated[batch[k]] = batchJacobians.get(k);
          }
          return ParallelBatch.mean((i, p, g) -> untrained.lossAndGradient(
              evaluated[i].values(), evaluated[i].theta(), targets[i], p, g), params, batch,
              gradient);
        },
        train.size(), batchSize, start);
    return new VariationalClassifier(model, classes, result.parameters(), result);
  }

  /** Two or more classes, served by one output (two classes) or one output per class. */
  private static void checkClasses(DifferentiableModel model, int[] classes, String argument) {
    if (classes.length < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: every example has label %s; a classifier needs at least two classes", argument,
          classes.length == 0 ? "(none)" : String.valueOf(classes[0])));
    }
    int outputs = model.outputs();
    if (!(outputs == 1 && classes.length == 2) && outputs != classes.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: %d classes %s, but the model has %d output(s); expected 1 output for two "
              + "classes or one output per class", argument, classes.length,
          Arrays.toString(classes), outputs));
    }
  }

  private static void checkParameters(DifferentiableModel model, double[] parameters,
      String argument) {
    int total = model.params() + 1 + model.outputs();
    if (parameters.length != total) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected %d parameters (model %d + scale 1 + biases %d), got %d",
          argument, total, model.params(), model.outputs(), parameters.length));
    }
  }

  /**
   * The cross-entropy of one example for class index {@code target} (the index of its label in
   * {@link #classes()}) at the given parameters, adding its gradient into {@code gradient}: what a
   * trainer sums over a batch, on one JVM or on a cluster's executors. Uses only this classifier's
   * model, not its parameters.
   */
  public double lossAndGradient(double[] x, int target, double[] params, double[] gradient) {
    double[] theta = Arrays.copyOf(params, model.params());
    return lossAndGradient(model.expectations(x, theta), model.jacobian(x, theta), target,
        params, gradient);
  }

  /**
   * The cross-entropy of one example for class index {@code target} at the given parameters,
   * from the model's expectations {@code e} and theta-Jacobian at that example, adding its
   * gradient into {@code gradient}.
   */
  double lossAndGradient(double[] e, double[][] jacobian, int target, double[] params,
      double[] gradient) {
    int p = model.params();
    double scale = params[p];
    double[] z = logits(e, params);
    double[] dz = new double[z.length];
    double loss;
    if (z.length == 1) {
      loss = Losses.sigmoidCrossEntropy(z[0], target);
      dz[0] = Losses.sigmoid(z[0]) - target;
    } else {
      loss = Losses.softmaxCrossEntropy(z, target, dz);
    }
    for (int o = 0; o < z.length; o++) {
      for (int k = 0; k < p; k++) {
        gradient[k] += dz[o] * scale * jacobian[o][k];
      }
      gradient[p] += dz[o] * e[o];
      gradient[p + 1 + o] += dz[o];
    }
    return loss;
  }

  private double[] logits(double[] e, double[] params) {
    int p = model.params();
    double[] z = new double[e.length];
    for (int o = 0; o < e.length; o++) {
      z[o] = params[p] * e[o] + params[p + 1 + o];
    }
    return z;
  }

  /** The class labels, ascending: column k of {@link #probabilities} belongs to class k. */
  public int[] classes() {
    return classes.clone();
  }

  /** The trained parameters: model, head scale, biases. */
  public double[] parameters() {
    return parameters.clone();
  }

  /** The optimiser's result (steps, final training loss, why it stopped). */
  public OptimizationResult result() {
    return result;
  }

  /** Class probabilities {@code [point][class]}. */
  public double[][] probabilities(double[][] x) {
    Checks.requireRectangular("x", x, model.inputs());
    double[] theta = Arrays.copyOf(parameters, model.params());
    double[][] out = new double[x.length][];
    // every point at once: a generated model evaluates the batch at vector width
    double[][] e = model.batchExpectations(x, theta);
    java.util.stream.IntStream.range(0, x.length).forEach(i -> {
      double[] z = logits(e[i], parameters);
      if (z.length == 1) {
        double p1 = Losses.sigmoid(z[0]);
        out[i] = new double[] {1 - p1, p1};
      } else {
        out[i] = Losses.softmax(z);
      }
    });
    return out;
  }

  /** The most probable class of every point. */
  public int[] predict(double[][] x) {
    double[][] p = probabilities(x);
    int[] labels = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      int best = 0;
      for (int k = 1; k < p[i].length; k++) {
        best = p[i][k] > p[i][best] ? k : best;
      }
      labels[i] = classes[best];
    }
    return labels;
  }

  /** The fraction of the data's examples predicted correctly. */
  public double accuracy(Dataset data) {
    return data.accuracy(this::predict);
  }
}
