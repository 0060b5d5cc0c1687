package io.qml4j.runtime.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuboTest {
  /** Four assets: returns, a covariance with one strongly correlated pair (0, 1). */
  private static final double[] RETURNS = {0.10, 0.12, 0.07, 0.09};
  private static final double[][] COVARIANCE = {
      {0.050, 0.045, 0.002, 0.004},
      {0.045, 0.060, 0.003, 0.002},
      {0.002, 0.003, 0.020, 0.001},
      {0.004, 0.002, 0.001, 0.030}};

  private static PortfolioSelection portfolio() {
    return new PortfolioSelection(RETURNS, COVARIANCE, 0.5, 2, 1.0);
  }

  private static int[] bits(int k, int n) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = (k >> (n - 1 - i)) & 1;
    }
    return x;
  }

  @Test
  void isingCostEqualsTheQuboOnEveryAssignment() {
    double[][] q = {{1, -2, 0.5}, {0, 3, 1}, {-1, 0, -2}};
    double[] c = {0.5, -1, 2};
    IsingCost max = Qubo.maximise(q, c, 0.25);
    IsingCost min = Qubo.minimise(q, c, 0.25);
    for (int k = 0; k < 8; k++) {
      double f = Qubo.value(q, c, 0.25, bits(k, 3));
      assertEquals(f, max.value(k), 1e-12);
      assertEquals(-f, min.value(k), 1e-12);
    }
  }

  @Test
  void portfolioCostEqualsItsDefinitionOnEveryAssignment() {
    PortfolioSelection p = portfolio();
    IsingCost cost = p.cost();
    for (int k = 0; k < 16; k++) {
      assertEquals(p.objective(bits(k, 4)), cost.value(k), 1e-12, "selection " + k);
    }
  }

  @Test
  void qaoaFindsTheBestPortfolioThroughTheSamePath() {
    PortfolioSelection p = portfolio();
    IsingCost cost = p.cost();
    Solution optimum = cost.maximum();
    // The budget holds and the correlated pair (0, 1) is not held together.
    int held = 0;
    for (int b : optimum.bits()) {
      held += b;
    }
    assertEquals(2, held);
    assertTrue(optimum.bits()[0] + optimum.bits()[1] <= 1, optimum.toString());
    List<QaoaResult> results = QaoaSolver.withDefaults().solveUpTo(cost, 3);
    QaoaResult best = results.get(2);
    assertTrue(best.expectation() >= results.get(0).expectation());
    Solution sampled = new Qaoa(cost, 3).bestSample(best.parameters(), 500, 9);
    assertEquals(optimum, sampled);
  }

  @Test
  void nonDiagonalTermsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IsingCost.of(PauliSum.parse("Z0 Z1 + 0.5 X1"), 2));
    assertEquals("cost: term X1 is not diagonal (it has X on wire 1); an Ising cost holds only "
        + "I, Z and Z Z terms", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> IsingCost.of(PauliSum.parse("Z0 Z1 Z2"), 3));
    assertEquals("cost: term Z0 Z1 Z2 acts on 3 wires; an Ising cost holds at most pairs",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new PortfolioSelection(RETURNS, COVARIANCE, 0.5, 5, 1.0));
    assertEquals("budget: expected 0..4 assets, got 5", e.getMessage());
  }
}
