package io.qml4j.runtime.ml.optim;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Quantum natural SPSA (Gacon, Zoufal, Carleo and Woerner, Quantum 5, 567 (2021)): SPSA's
 * two-evaluation gradient, preconditioned by a stochastic estimate of the Fubini-Study metric built
 * from four state fidelities per step, so that a natural-gradient step costs a constant number of
 * circuits whatever the parameter count. The metric sample is
 * {@code -1/2 * dF / (2 c^2) * (D1 D2^T + D2 D1^T) / 2} with
 * {@code dF = F(x, x + cD1 + cD2) - F(x, x + cD1) - F(x, x - cD1 + cD2) + F(x, x - cD1)} (their
 * eqs. 3-4), averaged over the steps; the average is made positive definite as
 * {@code sqrt(g g) + regularisation I} (eq. 5). A step is taken only if it lowers the loss (their
 * "blocking"), which costs one more evaluation. Learning rate and perturbation are constant, as in
 * the paper's experiments.
 */
public final class QnSpsa implements Optimizer {
  /** The paper's metric regularisation, 1e-3 (sec. 3). */
  public static final double DEFAULT_REGULARISATION = 1e-3;

  private final double learningRate;
  private final double perturbation;
  private final double regularisation;
  private final ToDoubleBiFunction<double[], double[]> fidelity;
  private final OptimizerOptions options;

  /**
   * QN-SPSA with a fidelity function {@code (a, b) -> |<psi(a)|psi(b)>|^2}.
   *
   * @param perturbation the size c of the random perturbations
   * @param regularisation added to the metric estimate, above 0
   */
  public QnSpsa(double learningRate, double perturbation, double regularisation,
      ToDoubleBiFunction<double[], double[]> fidelity, OptimizerOptions options) {
    Progress.requirePositive("learningRate", learningRate);
    Progress.requirePositive("perturbation", perturbation);
    Progress.requirePositive("regularisation", regularisation);
    this.learningRate = learningRate;
    this.perturbation = perturbation;
    this.regularisation = regularisation;
    this.fidelity = Objects.requireNonNull(fidelity, "fidelity");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** QN-SPSA whose fidelities come from simulating an ansatz (no inputs). */
  public static QnSpsa of(ParametrizedCircuit ansatz, double learningRate, double perturbation,
      OptimizerOptions options) {
    Objects.requireNonNull(ansatz, "ansatz");
    return new QnSpsa(learningRate, perturbation, DEFAULT_REGULARISATION,
        (a, b) -> fidelity(ansatz, a, b), options);
  }

  /** {@code |<psi(a)|psi(b)>|^2} for an ansatz. */
  static double fidelity(ParametrizedCircuit ansatz, double[] a, double[] b) {
    StateVector sa = Simulator.run(ansatz.bind(a));
    StateVector sb = Simulator.run(ansatz.bind(b));
    double[] overlap = MetricTensor.inner(sa.amplitudes(), sb.amplitudes());
    return overlap[0] * overlap[0] + overlap[1] * overlap[1];
  }

  @Override
  public OptimizationResult minimize(Objective objective, double[] start) {
    double[] x = Progress.checkStart(start);
    int n = x.length;
    SplittableRandom random = new SplittableRandom(options.seed());
    Progress progress = new Progress(options);
    double[][] average = new double[n][n];
    double current = progress.value(objective, x);
    double c = perturbation;
    for (int step = 0; step < options.maxSteps(); step++) {
      double[] d1 = signs(random, n);
      double[] d2 = signs(random, n);
      double slope = (progress.value(objective, shifted(x, c, d1, 0, null))
          - progress.value(objective, shifted(x, -c, d1, 0, null))) / (2 * c);
      double df = fidelity.applyAsDouble(x, shifted(x, c, d1, c, d2))
          - fidelity.applyAsDouble(x, shifted(x, c, d1, 0, null))
          - fidelity.applyAsDouble(x, shifted(x, -c, d1, c, d2))
          + fidelity.applyAsDouble(x, shifted(x, -c, d1, 0, null));
      double scale = -0.5 * df / (2 * c * c);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double sample = scale * (d1[i] * d2[j] + d2[i] * d1[j]) / 2;
          average[i][j] = (step * average[i][j] + sample) / (step + 1);
        }
      }
      double[] gradient = new double[n];
      for (int i = 0; i < n; i++) {
        gradient[i] = slope * d1[i];
      }
      double[] direction = QuantumNaturalGradient.naturalDirection(positive(average), gradient, 0);
      double[] candidate = x.clone();
      for (int i = 0; i < n; i++) {
        candidate[i] -= learningRate * direction[i];
      }
      double next = progress.value(objective, candidate);
      if (next < current) {
        x = candidate;
        current = next;
      }
      if (progress.step(step, current, Math.abs(slope) * Math.sqrt(n), x)) {
        return new OptimizationResult(x, current, step + 1, progress.evaluations,
            StopReason.EARLY_STOPPING);
      }
    }
    return new OptimizationResult(x, current, options.maxSteps(), progress.evaluations,
        StopReason.MAX_STEPS);
  }

  /** {@code sqrt(g g) + regularisation I}: g's eigenvalues replaced by their magnitudes. */
  private double[][] positive(double[][] g) {
    int n = g.length;
    DMatrixRMaj m = new DMatrixRMaj(g);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
    if (!eig.decompose(m)) {
      throw new IllegalStateException("EJML's symmetric eigen-solver did not converge");
    }
    double[][] out = new double[n][n];
    for (int k = 0; k < n; k++) {
      double lambda = Math.abs(eig.getEigenvalue(k).getReal());
      DMatrixRMaj v = eig.getEigenVector(k);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          out[i][j] += lambda * v.get(i) * v.get(j);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      out[i][i] += regularisation;
    }
    return out;
  }

  private static double[] signs(SplittableRandom random, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = random.nextBoolean() ? 1 : -1;
    }
    return d;
  }

  private static double[] shifted(double[] x, double a, double[] d1, double b, double[] d2) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      y[i] += a * d1[i] + (d2 == null ? 0 : b * d2[i]);
    }
    return y;
  }
}
