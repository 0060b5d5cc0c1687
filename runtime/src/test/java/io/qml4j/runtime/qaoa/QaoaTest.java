package io.qml4j.runtime.qaoa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.observable.Expectation;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QaoaTest {
  /**
   * The p = 1 optimum of <C>/|E| on 3-regular triangle-free graphs, 1/2 + 1/(3 sqrt 3) = 0.69245
   * (Farhi, Goldstone and Gutmann 2014, sec. V); for these bipartite graphs MaxCut = |E|.
   */
  private static final double FARHI_P1_RATIO = 0.5 + 1 / (3 * Math.sqrt(3));

  @Test
  void p1ExpectationMatchesFarhisClosedFormOnTriangleFreeCubicGraphs() {
    // <C_uv> = 1/2 + 1/2 sin(4 beta) sin(gamma) cos^(d-1)(gamma) per edge of a d-regular
    // triangle-free graph (Wang, Hadfield, Jiang and Rieffel, PRA 97, 022304 (2018), eq. 12).
    SplittableRandom random = new SplittableRandom(1);
    for (Graph g : List.of(Graph.hypercube(3), Graph.completeBipartite(3, 3))) {
      Qaoa qaoa = new Qaoa(MaxCut.cost(g), 1);
      for (int trial = 0; trial < 5; trial++) {
        double gamma = random.nextDouble(-Math.PI, Math.PI);
        double beta = random.nextDouble(-Math.PI, Math.PI);
        double perEdge = 0.5 + 0.5 * Math.sin(4 * beta) * Math.sin(gamma)
            * Math.pow(Math.cos(gamma), 2);
        assertEquals(g.edgeCount() * perEdge, qaoa.expectation(new double[] {gamma, beta}),
            1e-12, g + " at " + gamma + ", " + beta);
      }
    }
  }

  @Test
  void expectationEqualsThePauliSumExpectation() {
    Graph g = Graph.weighted(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {0, 3}},
        new double[] {1, 0.5, 2, 1.5});
    Qaoa qaoa = new Qaoa(MaxCut.cost(g), 2);
    double[] theta = {0.3, -0.7, 0.2, 0.9};
    assertEquals(Expectation.of(qaoa.state(theta), MaxCut.costHamiltonian(g)),
        qaoa.expectation(theta), 1e-12);
  }

  @Test
  void circuitIsHadamardsThenCostAndMixerLayers() {
    Graph g = Graph.cycle(3);
    Circuit c = new Qaoa(MaxCut.cost(g), 2).circuit(new double[] {0.1, 0.2, 0.3, 0.4});
    // 3 H, then per layer 3 IsingZZ(2 gamma J) with J = -1/2 and 3 RX(2 beta)
    assertEquals(3 + 2 * (3 + 3), c.size());
    assertEquals(Gate.ISING_ZZ, c.operations().get(3).gate());
    assertEquals(-0.1, c.operations().get(3).angle(0), 1e-15);
    assertEquals(Gate.RX, c.operations().get(6).gate());
    assertEquals(2 * 0.3, c.operations().get(6).angle(0), 1e-15);
  }

  @Test
  void p1OptimumReachesFarhisRatioOnTheCubeAndK33() {
    QaoaSolver solver = QaoaSolver.withDefaults();
    for (Graph g : List.of(Graph.hypercube(3), Graph.completeBipartite(3, 3))) {
      IsingCost cost = MaxCut.cost(g);
      double maxCut = MaxCut.bruteForce(g).value();
      QaoaResult r = solver.solveP1(cost);
      assertEquals(0.6924, r.ratio(maxCut), 1e-3, g.toString());
      assertEquals(FARHI_P1_RATIO, r.ratio(maxCut), 1e-8, "the exact optimum, " + g);
      // At the optimum sin(4 beta) = 1 and sin(gamma) cos^2(gamma) = 2 / (3 sqrt 3), reached at
      // gamma = atan(1 / sqrt 2), beta = pi / 8, or at an image under the symmetries.
      double gamma = r.gammas()[0], beta = r.betas()[0];
      assertEquals(1, Math.sin(4 * beta), 1e-8);
      assertEquals(2 / (3 * Math.sqrt(3)), Math.sin(gamma) * Math.pow(Math.cos(gamma), 2), 1e-8);
    }
  }

  @Test
  void moreLayersDoBetterWithInterpolatedStarts() {
    QaoaSolver solver = QaoaSolver.withDefaults();
    for (Graph g : List.of(Graph.hypercube(3), Graph.completeBipartite(3, 3))) {
      double maxCut = MaxCut.bruteForce(g).value();
      List<QaoaResult> results = solver.solveUpTo(MaxCut.cost(g), 3);
      double p1 = results.get(0).ratio(maxCut);
      double p2 = results.get(1).ratio(maxCut);
      double p3 = results.get(2).ratio(maxCut);
      assertTrue(p2 > p1 + 0.02 && p3 > p2 + 0.01, g + ": " + p1 + ", " + p2 + ", " + p3);
      assertTrue(p3 <= 1 + 1e-12);
    }
  }

  @Test
  void bestSampleFindsTheMaximumCut() {
    Graph cube = Graph.hypercube(3);
    QaoaResult r = QaoaSolver.withDefaults().solveUpTo(MaxCut.cost(cube), 3).get(2);
    Qaoa qaoa = new Qaoa(MaxCut.cost(cube), 3);
    Solution best = qaoa.bestSample(r.parameters(), 200, 42);
    assertEquals(12, best.value(), 0);
    assertEquals(12, MaxCut.cutValue(cube, best.bits()), 0);
    assertEquals(best, qaoa.bestSample(r.parameters(), 200, 42), "seeded");
  }

  @Test
  void templateGivesAdjointGradientsOfTheExpectedCost() {
    // A cost with fields and couplings, so both the RZ and the IsingZZ angles depend on gamma.
    IsingCost cost = Qubo.maximise(new double[][] {{0, 1, 0}, {0, 0, -2}, {0.5, 0, 0}},
        new double[] {1, -0.5, 0.25}, 0);
    Qaoa qaoa = new Qaoa(cost, 2);
    io.qml4j.runtime.vqe.Vqe asVqe = new io.qml4j.runtime.vqe.Vqe(cost.toPauliSum(), qaoa);
    double[] theta = {0.4, -0.3, 0.7, 0.2};
    double[] g = asVqe.gradient(theta);
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone(), minus = theta.clone();
      plus[k] += 1e-5;
      minus[k] -= 1e-5;
      double fd = (qaoa.expectation(plus) - qaoa.expectation(minus)) / 2e-5;
      assertEquals(fd, g[k], 1e-8, "parameter " + k);
    }
  }

  @Test
  void interpolationFollowsZhouEtAl() {
    // p = 1 -> 2: gamma' = (gamma, gamma); p = 2 -> 3: (g1, (g1 + g2)/2, g2).
    assertArrayEquals(new double[] {0.4, 0.4, 0.2, 0.2},
        QaoaSolver.interpolate(new double[] {0.4, 0.2}), 1e-15);
    assertArrayEquals(new double[] {0.2, 0.3, 0.4, 0.6, 0.5, 0.4},
        QaoaSolver.interpolate(new double[] {0.2, 0.4, 0.6, 0.4}), 1e-15);
  }

  @Test
  void rejectsFewerThanOneLayer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Qaoa(MaxCut.cost(Graph.cycle(3)), 0));
    assertEquals("layers: expected p >= 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> QaoaSolver.withDefaults().solveUpTo(MaxCut.cost(Graph.cycle(3)), 0));
    assertEquals("maxLayers: expected p >= 1, got 0", e.getMessage());
  }

  @Test
  void rejectsWrongAngles() {
    Qaoa qaoa = new Qaoa(MaxCut.cost(Graph.cycle(3)), 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> qaoa.expectation(new double[] {0.1, 0.2}));
    assertEquals("theta: expected 4 parameter(s) (p = 2 gammas, then 2 betas), got 2",
        e.getMessage());
  }
}
