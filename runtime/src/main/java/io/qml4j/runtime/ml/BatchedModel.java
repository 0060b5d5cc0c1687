package io.qml4j.runtime.ml;

import io.qml4j.runtime.gradient.Jacobian;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * A {@link DifferentiableModel} whose {@link #batchExpectations} is a batched function (a
 * generated model's {@code expectationsBatch}); every other method is the wrapped model's.
 * Checks the batch's shape so that a mismatch fails here, naming what is wrong.
 */
final class BatchedModel implements DifferentiableModel {
  /**
   * Fewest rows per part evaluated on a thread of its own: a part of 1,024 rows of a 4-qubit
   * model takes about 0.2 ms batched, far above the cost of handing it to the common pool, and
   * fills four blocks of 256 lanes.
   */
  static final int PART_ROWS = 1_024;

  private final DifferentiableModel model;
  private final BiFunction<double[][], double[], double[][]> batch;

  BatchedModel(DifferentiableModel model, BiFunction<double[][], double[], double[][]> batch) {
    this.model = Objects.requireNonNull(model, "model");
    this.batch = Objects.requireNonNull(batch, "batch");
  }

  @Override
  public int params() {
    return model.params();
  }

  @Override
  public int inputs() {
    return model.inputs();
  }

  @Override
  public int outputs() {
    return model.outputs();
  }

  @Override
  public double[] expectations(double[] x, double[] theta) {
    return model.expectations(x, theta);
  }

  @Override
  public double[][] jacobian(double[] x, double[] theta) {
    return model.jacobian(x, theta);
  }

  @Override
  public boolean hasInputJacobian() {
    return model.hasInputJacobian();
  }

  @Override
  public double[][] inputJacobian(double[] x, double[] theta) {
    return model.inputJacobian(x, theta);
  }

  @Override
  public double[] initialParameters(long seed) {
    return model.initialParameters(seed);
  }

  @Override
  public List<Jacobian> batchJacobians(double[][] xs, double[] theta) {
    return DifferentiableModel.super.batchJacobians(xs, theta);
  }

  @Override
  public double[][] batchExpectations(double[][] xs, double[] theta) {
    Objects.requireNonNull(xs, "xs");
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
        xs.length / PART_ROWS));
    if (parts == 1) {
      return checked(batch.apply(xs, theta), xs.length);
    }
    double[][] out = new double[xs.length][];
    IntStream.range(0, parts).parallel().forEach(k -> {
      int from = (int) ((long) xs.length * k / parts);
      int to = (int) ((long) xs.length * (k + 1) / parts);
      double[][] rows = java.util.Arrays.copyOfRange(xs, from, to);
      System.arraycopy(checked(batch.apply(rows, theta), rows.length), 0, out, from, to - from);
    });
    return out;
  }

  private double[][] checked(double[][] values, int points) {
    if (values.length != points) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "batchExpectations: the function returned %d rows for %d points", values.length,
          points));
    }
    for (double[] row : values) {
      if (row.length != model.outputs()) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "batchExpectations: the function returned %d values per point, the model declares "
                + "%d outputs", row.length, model.outputs()));
      }
    }
    return values;
  }
}
