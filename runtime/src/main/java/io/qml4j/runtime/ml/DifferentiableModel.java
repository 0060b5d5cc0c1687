package io.qml4j.runtime.ml;

/**
 * A parameterised quantum model with a Jacobian: {@code outputs()} expectation values of
 * observables measured on a state prepared from inputs {@code x} and trainable parameters
 * {@code theta}. Generated models and runtime-built circuits implement it so that the variational
 * classifier and regressor can train either one.
 *
 * <p>Implementations are thread-safe: training evaluates the examples of a mini-batch on several
 * threads at once. They reject arguments of the wrong length or with NaN entries with an
 * {@link IllegalArgumentException}.
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
}
