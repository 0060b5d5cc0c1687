package io.qml4j.runtime.qaoa;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Counts;
import io.qml4j.runtime.ml.optim.Bobyqa;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.Optimizer;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds good QAOA angles: for p = 1 a grid over {@code (gamma, beta)} refined by a local
 * optimiser; for each further layer the INTERP warm start of Zhou et al. (PRX 10, 021067 (2020),
 * appendix B), which stretches the optimal schedule of p layers onto p + 1, refined by the same
 * local optimiser. Deterministic.
 *
 * <p>The grid uses two symmetries of a real diagonal cost: negating every angle conjugates the
 * state and leaves {@code <C>} unchanged, so {@code gamma >= 0}; and {@code exp(-i pi X) = -I}, so
 * beta has period pi. Gamma spans {@code (0, pi / (2 s)]} with s the largest field or coupling:
 * a full non-redundant period for integer-weighted MaxCut (s = 1/2), a heuristic range otherwise.
 */
public final class QaoaSolver {
  /** Grid points per axis for p = 1: spacing pi/40 resolves the p = 1 landscape's single bumps. */
  public static final int DEFAULT_GRID_POINTS = 40;

  /** Local refinement budget in expectation evaluations. */
  private static final int DEFAULT_LOCAL_STEPS = 4000;

  private final Optimizer local;
  private final int gridPoints;
  private final CostEstimate estimate;

  /** How the solver measures {@code <C>}: exactly, or on a backend. */
  @FunctionalInterface
  private interface CostEstimate {
    double of(Qaoa qaoa, double[] theta);
  }

  /**
   * A solver refining with the given local optimiser (it minimises {@code -<C>}).
   *
   * @param gridPoints grid points per axis for p = 1, at least 2
   */
  public QaoaSolver(Optimizer local, int gridPoints) {
    this.local = Objects.requireNonNull(local, "local");
    if (gridPoints < 2) {
      throw new IllegalArgumentException("gridPoints: expected at least 2, got " + gridPoints);
    }
    this.gridPoints = gridPoints;
    this.estimate = Qaoa::expectation;
  }

  private QaoaSolver(QaoaSolver exact, CostEstimate estimate) {
    this.local = exact.local;
    this.gridPoints = exact.gridPoints;
    this.estimate = estimate;
  }

  /**
   * This solver with every {@code <C>} measured on a backend (a device, a fake device, a noisy
   * simulator) from {@code shots} shots of the QAOA circuit, one job per evaluation, the average
   * cost of the counts (exact on an exact backend). Each evaluation's seed is drawn from
   * {@code seed} and its angles, so a run is reproducible. The results' expectations are the
   * backend's estimates; {@link Qaoa#expectation(double[])} gives the exact value of their angles.
   *
   * @param backend where every evaluation runs
   * @param shots shots per evaluation (0 on an exact backend)
   * @param seed the run's seed
   * @return the solver
   */
  public QaoaSolver onBackend(Backend backend, int shots, long seed) {
    Objects.requireNonNull(backend, "backend");
    return new QaoaSolver(this, (qaoa, theta) -> {
      long evaluationSeed = seed;
      for (double t : theta) {
        evaluationSeed = new SplittableRandom(evaluationSeed ^ Double.doubleToLongBits(t))
            .nextLong();
      }
      Counts counts = backend.submit(List.of(qaoa.circuit(theta)), shots, evaluationSeed)
          .result().counts().get(0);
      double[] p = counts.distribution();
      double[] cost = qaoa.cost().diagonal();
      double sum = 0;
      for (int k = 0; k < p.length; k++) {
        sum += p[k] * cost[k];
      }
      return sum;
    });
  }

  /**
   * A solver with BOBYQA (trust radius from a grid spacing down to 1e-9) and
   * {@value #DEFAULT_GRID_POINTS} grid points per axis.
   */
  public static QaoaSolver withDefaults() {
    return new QaoaSolver(new Bobyqa(Math.PI / DEFAULT_GRID_POINTS, 1e-9,
        OptimizerOptions.defaults().withMaxSteps(DEFAULT_LOCAL_STEPS)), DEFAULT_GRID_POINTS);
  }

  /** p = 1: the best grid point, refined locally. */
  public QaoaResult solveP1(IsingCost cost) {
    Qaoa qaoa = new Qaoa(cost, 1);
    double scale = cost.scale();
    if (scale == 0) {
      throw new IllegalArgumentException(
          "cost: has no field or coupling, so every state has the same cost");
    }
    double gammaMax = Math.PI / (2 * scale);
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < gridPoints; i++) {
      double gamma = gammaMax * (i + 1) / gridPoints;
      for (int j = 0; j < gridPoints; j++) {
        double beta = -Math.PI / 2 + Math.PI * j / gridPoints;
        double[] theta = {gamma, beta};
        double value = estimate.of(qaoa, theta);
        if (value > bestValue) {
          bestValue = value;
          best = theta;
        }
      }
    }
    return refine(qaoa, best, gridPoints * gridPoints);
  }

  /** p layers refined locally from a given start {@code (gammas, betas)}. */
  public QaoaResult solve(IsingCost cost, int layers, double[] start) {
    return refine(new Qaoa(cost, layers), start, 0);
  }

  /**
   * Results for p = 1 .. maxLayers: p = 1 by {@link #solveP1}, each further p locally from the
   * interpolation of the previous optimum. Never worse than the previous p: should the local
   * optimiser end below it, the previous schedule padded with a zero layer is kept.
   */
  public List<QaoaResult> solveUpTo(IsingCost cost, int maxLayers) {
    if (maxLayers < 1) {
      throw new IllegalArgumentException("maxLayers: expected p >= 1, got " + maxLayers);
    }
    List<QaoaResult> results = new ArrayList<>();
    QaoaResult previous = solveP1(cost);
    results.add(previous);
    for (int p = 2; p <= maxLayers; p++) {
      QaoaResult next = solve(cost, p, interpolate(previous.parameters()));
      if (next.expectation() < previous.expectation()) {
        double[] padded = Qaoa.parameters(append(previous.gammas()), append(previous.betas()));
        next = new QaoaResult(p, padded, previous.expectation(), next.evaluations());
      }
      results.add(next);
      previous = next;
    }
    return results;
  }

  /**
   * INTERP (Zhou et al. 2020, eq. B1): from the p-layer schedule to p + 1 layers,
   * {@code gamma'_i = (i - 1)/p gamma_(i-1) + (p - i + 1)/p gamma_i} for i = 1 .. p + 1 with
   * {@code gamma_0 = gamma_(p+1) = 0}, and likewise for beta.
   */
  public static double[] interpolate(double[] theta) {
    if (theta == null || theta.length < 2 || theta.length % 2 != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected 2p angles (gammas, then betas), got %s",
          theta == null ? "null" : Integer.toString(theta.length)));
    }
    int p = theta.length / 2;
    double[] gammas = new double[p + 1];
    double[] betas = new double[p + 1];
    for (int i = 1; i <= p + 1; i++) {
      double g0 = i >= 2 ? theta[i - 2] : 0, g1 = i <= p ? theta[i - 1] : 0;
      double b0 = i >= 2 ? theta[p + i - 2] : 0, b1 = i <= p ? theta[p + i - 1] : 0;
      gammas[i - 1] = (i - 1.0) / p * g0 + (p - i + 1.0) / p * g1;
      betas[i - 1] = (i - 1.0) / p * b0 + (p - i + 1.0) / p * b1;
    }
    return Qaoa.parameters(gammas, betas);
  }

  private QaoaResult refine(Qaoa qaoa, double[] start, int spent) {
    AtomicInteger evaluations = new AtomicInteger();
    Objective negated = Objective.of(theta -> {
      evaluations.incrementAndGet();
      return -estimate.of(qaoa, theta);
    });
    OptimizationResult r = local.minimize(negated, start);
    double[] theta = r.parameters();
    double value = estimate.of(qaoa, theta);
    double startValue = estimate.of(qaoa, start);
    if (startValue > value) { // a local optimiser that wandered off: keep the start
      theta = start.clone();
      value = startValue;
    }
    return new QaoaResult(qaoa.layers(), theta, value, spent + evaluations.get());
  }

  private static double[] append(double[] a) {
    return java.util.Arrays.copyOf(a, a.length + 1);
  }
}
