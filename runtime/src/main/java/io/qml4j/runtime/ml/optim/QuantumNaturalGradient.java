package io.qml4j.runtime.ml.optim;

import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Quantum natural gradient descent (Stokes, Izaac, Killoran and Carleo, Quantum 4, 269 (2020),
 * eq. 5): {@code x <- x - learningRate * pinv(g(x) + regularisation I) grad f(x)}, where g is the
 * Fubini-Study metric of the circuit's state ({@link MetricTensor}). Steps follow the geometry of
 * the states rather than of the parameters, so a fixed step size moves the state by similar amounts
 * everywhere. The pseudo-inverse (EJML) zeroes directions the state does not move along, as
 * PennyLane's {@code QNGOptimizer} does.
 */
public final class QuantumNaturalGradient implements Optimizer {
  /**
   * Added to the metric's diagonal by the factories: keeps the inverse bounded where the metric is
   * nearly singular, and is small against the 1/4 scale of a single rotation's metric entry.
   */
  public static final double DEFAULT_REGULARISATION = 1e-4;

  private final double learningRate;
  private final double regularisation;
  private final Function<double[], double[][]> metric;
  private final OptimizerOptions options;

  /**
   * Natural gradient with any metric.
   *
   * @param metric theta to its metric tensor, symmetric positive semi-definite
   * @param regularisation added to the metric's diagonal, at least 0
   */
  public QuantumNaturalGradient(double learningRate, double regularisation,
      Function<double[], double[][]> metric, OptimizerOptions options) {
    Progress.requirePositive("learningRate", learningRate);
    if (!(regularisation >= 0) || Double.isInfinite(regularisation)) {
      throw new IllegalArgumentException(
          "regularisation: expected a finite number >= 0, got " + regularisation);
    }
    this.learningRate = learningRate;
    this.regularisation = regularisation;
    this.metric = Objects.requireNonNull(metric, "metric");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Natural gradient with the block-diagonal metric of an ansatz (no inputs). */
  public static QuantumNaturalGradient blockDiagonal(ParametrizedCircuit ansatz,
      double learningRate, OptimizerOptions options) {
    Objects.requireNonNull(ansatz, "ansatz");
    return new QuantumNaturalGradient(learningRate, DEFAULT_REGULARISATION,
        theta -> MetricTensor.blockDiagonal(ansatz, theta, new double[0]), options);
  }

  /** Natural gradient with the full metric of an ansatz (no inputs). */
  public static QuantumNaturalGradient full(ParametrizedCircuit ansatz, double learningRate,
      OptimizerOptions options) {
    Objects.requireNonNull(ansatz, "ansatz");
    return new QuantumNaturalGradient(learningRate, DEFAULT_REGULARISATION,
        theta -> MetricTensor.full(ansatz, theta, new double[0]), options);
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    Progress.requireGradient(objective, "quantum natural gradient");
    double[] x = Progress.checkStart(start);
    Progress progress = new Progress(options);
    for (int step = 0; step < options.maxSteps(); step++) {
      double loss = progress.value(objective, x);
      double[] g = Progress.gradient(objective, x);
      double norm = Progress.norm(g);
      if (progress.step(step, loss, norm, x)) {
        return new OptimizationResult(x, loss, step + 1, progress.evaluations,
            StopReason.EARLY_STOPPING);
      }
      if (norm <= options.gradientTolerance()) {
        return new OptimizationResult(x, loss, step + 1, progress.evaluations,
            StopReason.GRADIENT_TOLERANCE);
      }
      double[] direction = naturalDirection(metric.apply(x.clone()), g, regularisation);
      for (int i = 0; i < x.length; i++) {
        x[i] -= learningRate * direction[i];
      }
    }
    double loss = progress.value(objective, x);
    return new OptimizationResult(x, loss, options.maxSteps(), progress.evaluations,
        StopReason.MAX_STEPS);
  }

  /** {@code pinv(metric + regularisation I) gradient}. */
  static double[] naturalDirection(double[][] metric, double[] gradient, double regularisation) {
    int n = gradient.length;
    if (metric.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "metric: expected %d x %d, got %d rows", n, n, metric.length));
    }
    DMatrixRMaj m = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      if (metric[i].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "metric: expected %d x %d, row %d has %d entries", n, n, i, metric[i].length));
      }
      for (int j = 0; j < n; j++) {
        m.set(i, j, metric[i][j] + (i == j ? regularisation : 0));
      }
    }
    DMatrixRMaj inverse = new DMatrixRMaj(n, n);
    CommonOps_DDRM.pinv(m, inverse);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i] += inverse.get(i, j) * gradient[j];
      }
    }
    return out;
  }
}
