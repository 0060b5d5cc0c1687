package io.qml4j.runtime.ml;

import io.qml4j.runtime.gradient.Jacobian;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * A parameterised quantum model with a Jacobian: {@code outputs()} expectation values of
 * observables measured on a state prepared from inputs {@code x} and trainable parameters
 * {@code theta}. Generated models and runtime-built circuits implement it so that the variational
 * classifier and regressor can train either one.
 *
 * <p>Implementations are thread-safe: training evaluates the examples of a mini-batch on several
 * threads at once. They reject arguments of the wrong length or with NaN entries with an
 * {@link IllegalArgumentException}.
 *
 * <p>A generated model, whose methods are static, comes with a factory built on {@link #of}:
 * <pre>{@code
 * DifferentiableModel m = ClassifierModel.differentiable();
 * }</pre>
 */
public interface DifferentiableModel {
  /** Number of trainable parameters, the length of {@code theta}. */
  int params();

  /** Number of input features, the length of {@code x}. */
  int inputs();

  /** Number of observables measured, the length of {@link #expectations}. */
  int outputs();

  /** The exact expectation value of every observable, {@code double[outputs()]}. */
  double[] expectations(double[] x, double[] theta);

  /**
   * The derivatives of every expectation value with respect to every parameter:
   * {@code jacobian[o][p] = d expectations[o] / d theta[p]}, shape {@code [outputs()][params()]}.
   */
  double[][] jacobian(double[] x, double[] theta);

  /** Whether {@link #inputJacobian} is available (needed for trainable input scaling). */
  default boolean hasInputJacobian() {
    return false;
  }

  /**
   * The derivatives of every expectation value with respect to every input feature:
   * {@code inputJacobian[o][j] = d expectations[o] / d x[j]}, shape {@code [outputs()][inputs()]}.
   *
   * @throws UnsupportedOperationException if {@link #hasInputJacobian()} is false
   */
  default double[][] inputJacobian(double[] x, double[] theta) {
    throw new UnsupportedOperationException(
        "inputJacobian: this model does not differentiate with respect to its inputs");
  }

  /**
   * The expectations and theta-Jacobians at many inputs and one theta: what one training step
   * needs. By default each input is evaluated on its own, in parallel; a model on a device
   * ({@link io.qml4j.runtime.ml.variational.BackendModel}) overrides it to submit the whole batch
   * as one job.
   *
   * @param xs the inputs, one row per point
   * @param theta the parameters
   * @return per point, {@link Jacobian#values()} the expectations and {@link Jacobian#theta()}
   *     the Jacobian with respect to theta; {@link Jacobian#x()} has empty rows
   */
  default List<Jacobian> batchJacobians(double[][] xs, double[] theta) {
    double[][] values = batchExpectations(xs, theta);
    Jacobian[] out = new Jacobian[xs.length];
    IntStream.range(0, xs.length).parallel().forEach(i -> out[i] = new Jacobian(
        values[i], jacobian(xs[i], theta), new double[outputs()][0]));
    return List.of(out);
  }

  /**
   * The expectations at many inputs and one theta, {@code [point][output]}: what prediction over
   * a dataset needs. By default each input is evaluated on its own, in parallel; a generated
   * model's {@code differentiable()} plugs in its batched {@code expectationsBatch} through
   * {@link #withBatchExpectations}, which simulates blocks of inputs side by side at vector
   * width.
   *
   * @param xs the inputs, one row per point
   * @param theta the parameters
   * @return row i: {@code expectations(xs[i], theta)}, to rounding
   */
  default double[][] batchExpectations(double[][] xs, double[] theta) {
    double[][] out = new double[xs.length][];
    IntStream.range(0, xs.length).parallel().forEach(i -> out[i] = expectations(xs[i], theta));
    return out;
  }

  /**
   * This model with {@link #batchExpectations} computed by {@code batch}, {@code (xs, theta) ->
   * double[points][outputs]}, such as a generated model's {@code expectationsBatch}: every other
   * method is this model's. Batches of thousands of points are cut into parts of at least
   * 1,024 rows, evaluated in parallel.
   */
  default DifferentiableModel withBatchExpectations(
      BiFunction<double[][], double[], double[][]> batch) {
    return new BatchedModel(this, batch);
  }

  /**
   * Seeded starting parameters for training: by default uniform in {@code [0, 2 pi)}, the period
   * of a rotation angle. Models whose parameters are not all angles (such as input scaling
   * weights) override it.
   */
  default double[] initialParameters(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] theta = new double[params()];
    for (int i = 0; i < theta.length; i++) {
      theta[i] = 2 * Math.PI * random.nextDouble();
    }
    return theta;
  }

  /**
   * A model from its functions, {@code (x, theta) -> ...}, without an input Jacobian. Shapes of
   * arguments and results are checked on every call.
   */
  static DifferentiableModel of(int params, int inputs, int outputs,
      BiFunction<double[], double[], double[]> expectations,
      BiFunction<double[], double[], double[][]> jacobian) {
    return new FunctionModel(params, inputs, outputs, expectations, jacobian, null);
  }

  /** A model from its functions, with the Jacobian with respect to the inputs. */
  static DifferentiableModel of(int params, int inputs, int outputs,
      BiFunction<double[], double[], double[]> expectations,
      BiFunction<double[], double[], double[][]> jacobian,
      BiFunction<double[], double[], double[][]> inputJacobian) {
    return new FunctionModel(params, inputs, outputs, expectations, jacobian,
        java.util.Objects.requireNonNull(inputJacobian, "inputJacobian"));
  }
}
