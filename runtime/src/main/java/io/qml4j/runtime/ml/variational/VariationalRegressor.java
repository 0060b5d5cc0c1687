package io.qml4j.runtime.ml.variational;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Checks;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.MiniBatchTraining;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.ParallelBatch;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A variational quantum regressor: the prediction is {@code a <H> + b} for a model with one
 * output, with a trainable classical scale {@code a} and offset {@code b} (so targets need not lie
 * in [-1, 1]), trained on the mean squared error with mini-batches evaluated in parallel.
 * Parameters: the model's, then {@code a}, then {@code b}. Immutable after training.
 */
public final class VariationalRegressor {
  private final DifferentiableModel model;
  private final double[] parameters;
  private final OptimizationResult result;

  private VariationalRegressor(DifferentiableModel model, double[] parameters,
      OptimizationResult result) {
    this.model = model;
    this.parameters = parameters;
    this.result = result;
  }

  /** Trains from the model's initial parameters for the seed, scale 1 and offset 0. */
  public static VariationalRegressor train(DifferentiableModel model, double[][] x, double[] y,
      GradientOptimizer optimizer, int batchSize, long seed) {
    double[] start = Arrays.copyOf(model.initialParameters(seed), model.params() + 2);
    start[model.params()] = 1;
    return train(model, x, y, optimizer, batchSize, start);
  }

  /**
   * Trains from the given parameters (model, scale, offset).
   *
   * @throws IllegalArgumentException for no examples, mismatched counts, features of the wrong
   *     length or NaN, a model with other than one output, or a start of the wrong length
   */
  public static VariationalRegressor train(DifferentiableModel model, double[][] x, double[] y,
      GradientOptimizer optimizer, int batchSize, double[] start) {
    Objects.requireNonNull(model, "model");
    if (model.outputs() != 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: a regressor reads one output, the model has %d", model.outputs()));
    }
    Checks.requireRectangular("x", x, model.inputs());
    if (x.length == 0) {
      throw new IllegalArgumentException("x: expected a training set, got 0 examples");
    }
    if (y.length != x.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "y: expected one target per example (%d), got %d", x.length, y.length));
    }
    Checks.requireFinite("y", y);
    if (start.length != model.params() + 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "start: expected %d parameters (model %d + scale + offset), got %d",
          model.params() + 2, model.params(), start.length));
    }
    double[][] xs = Checks.copy(x);
    double[] ys = y.clone();
    VariationalRegressor untrained = new VariationalRegressor(model, start, null);
    OptimizationResult result = MiniBatchTraining.minimize(optimizer,
        (params, batch, gradient) -> ParallelBatch.mean(
            (i, p, g) -> untrained.lossAndGradient(xs[i], ys[i], p, g), params, batch, gradient),
        xs.length, batchSize, start);
    return new VariationalRegressor(model, result.parameters(), result);
  }

  /** The squared error of one example, writing its gradient into {@code gradient}. */
  double lossAndGradient(double[] x, double y, double[] params, double[] gradient) {
    int p = model.params();
    double[] theta = Arrays.copyOf(params, p);
    double e = model.expectations(x, theta)[0];
    double[] jacobian = model.jacobian(x, theta)[0];
    double prediction = params[p] * e + params[p + 1];
    double dPrediction = 2 * (prediction - y);
    for (int k = 0; k < p; k++) {
      gradient[k] += dPrediction * params[p] * jacobian[k];
    }
    gradient[p] += dPrediction * e;
    gradient[p + 1] += dPrediction;
    return Losses.squaredError(prediction, y);
  }

  /** The trained parameters: model, scale, offset. */
  public double[] parameters() {
    return parameters.clone();
  }

  /** The optimiser's result (steps, final training loss, why it stopped). */
  public OptimizationResult result() {
    return result;
  }

  /** The prediction for every point. */
  public double[] predict(double[][] x) {
    Checks.requireRectangular("x", x, model.inputs());
    int p = model.params();
    double[] theta = Arrays.copyOf(parameters, p);
    double[] out = new double[x.length];
    // every point at once: a generated model evaluates the batch at vector width
    double[][] e = model.batchExpectations(x, theta);
    for (int i = 0; i < x.length; i++) {
      out[i] = parameters[p] * e[i][0] + parameters[p + 1];
    }
    return out;
  }

  /** The mean squared error of the predictions on labelled points. */
  public double meanSquaredError(double[][] x, double[] y) {
    if (y.length != x.length || x.length == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "y: expected one target per example (%d, at least 1), got %d", x.length, y.length));
    }
    double[] predicted = predict(x);
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += Losses.squaredError(predicted[i], y[i]);
    }
    return sum / y.length;
  }
}
