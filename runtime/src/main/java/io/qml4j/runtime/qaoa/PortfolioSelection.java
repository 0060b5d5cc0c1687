package io.qml4j.runtime.qaoa;

import java.util.Locale;

/**
 * Mean-variance portfolio selection with a budget, as a QUBO: choose {@code x in {0,1}^n} assets
 * to maximise {@code mu^T x - q x^T Sigma x - A (sum_i x_i - B)^2}, the expected return minus the
 * risk weighted by the risk aversion q, minus a penalty A for not holding exactly B assets
 * (Markowitz 1952; the binary budget-penalty form as in Qiskit Finance's PortfolioOptimization and
 * Brandhofer et al., Quantum Inf. Process. 22, 25 (2023)).
 */
public final class PortfolioSelection {
  private final double[] expectedReturns;
  private final double[][] covariance;
  private final double riskAversion;
  private final int budget;
  private final double penalty;

  /**
   * A selection problem.
   *
   * @param expectedReturns mu, one per asset
   * @param covariance Sigma, n x n and symmetric
   * @param riskAversion q, at least 0
   * @param budget B, the number of assets to hold, 0..n
   * @param penalty A, at least 0; larger than any gain from breaking the budget makes the budget
   *     hard
   */
  public PortfolioSelection(double[] expectedReturns, double[][] covariance, double riskAversion,
      int budget, double penalty) {
    int n = expectedReturns == null ? 0 : expectedReturns.length;
    if (n < 1 || n > Graph.MAX_NODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "expectedReturns: expected 1..%d assets, got %d", Graph.MAX_NODES, n));
    }
    if (covariance == null || covariance.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "covariance: expected %d x %d", n, n));
    }
    for (int i = 0; i < n; i++) {
      if (covariance[i].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "covariance: expected %d x %d, row %d has %d entries", n, n, i,
            covariance[i].length));
      }
      for (int j = 0; j < i; j++) {
        if (covariance[i][j] != covariance[j][i]) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "covariance: not symmetric at (%d, %d): %s vs %s", i, j, covariance[i][j],
              covariance[j][i]));
        }
      }
    }
    if (!(riskAversion >= 0) || !Double.isFinite(riskAversion)) {
      throw new IllegalArgumentException("riskAversion: expected a finite number >= 0, got "
          + riskAversion);
    }
    if (budget < 0 || budget > n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "budget: expected 0..%d assets, got %d", n, budget));
    }
    if (!(penalty >= 0) || !Double.isFinite(penalty)) {
      throw new IllegalArgumentException("penalty: expected a finite number >= 0, got " + penalty);
    }
    this.expectedReturns = expectedReturns.clone();
    this.covariance = new double[n][];
    for (int i = 0; i < n; i++) {
      this.covariance[i] = covariance[i].clone();
    }
    this.riskAversion = riskAversion;
    this.budget = budget;
    this.penalty = penalty;
  }

  /** Number of assets. */
  public int assets() {
    return expectedReturns.length;
  }

  /**
   * The objective as an Ising cost to maximise: {@code Q = -q Sigma - A 1 1^T},
   * {@code c = mu + 2 A B 1}, offset {@code -A B^2}.
   */
  public IsingCost cost() {
    int n = assets();
    double[][] q = new double[n][n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = expectedReturns[i] + 2 * penalty * budget;
      for (int j = 0; j < n; j++) {
        q[i][j] = -riskAversion * covariance[i][j] - penalty;
      }
    }
    return Qubo.maximise(q, c, -penalty * budget * budget);
  }

  /** The objective at a selection, computed directly from its definition. */
  public double objective(int[] x) {
    int n = assets();
    if (x == null || x.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d bits, got %s", n, x == null ? "null" : Integer.toString(x.length)));
    }
    double ret = 0, risk = 0;
    int held = 0;
    for (int i = 0; i < n; i++) {
      ret += expectedReturns[i] * x[i];
      held += x[i];
      for (int j = 0; j < n; j++) {
        risk += x[i] * covariance[i][j] * x[j];
      }
    }
    return ret - riskAversion * risk - penalty * (held - budget) * (double) (held - budget);
  }
}
