package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplerTest {
  /**
   * Allowed deviation in standard deviations. With a fixed seed the tests are deterministic; 5
   * sigma makes a false failure (for any seed one might switch to) about a 1-in-a-million event
   * per check.
   */
  private static final double SIGMAS = 5;
  private static final double R = Math.sqrt(0.5);

  private static StateVector bell() {
    CircuitBuilder q = new CircuitBuilder(2);
    q.h(0);
    q.cnot(0, 1);
    return Simulator.run(q.build());
  }

  @Test
  void sameSeedSameShots() {
    StateVector psi = DenseReference.randomState(4, new SplittableRandom(1));
    int[] a = Sampler.sample(psi, 1000, 77);
    assertArrayEquals(a, Sampler.sample(psi, 1000, 77));
    assertFalse(Arrays.equals(a, Sampler.sample(psi, 1000, 78)));
    assertEquals(Sampler.counts(psi, 1000, 77), Sampler.counts(psi, 1000, 77));
  }

  /** Each outcome's count is within 5 binomial standard deviations of shots * p. */
  @Test
  void frequenciesMatchProbabilities() {
    StateVector psi = DenseReference.randomState(3, new SplittableRandom(2));
    double[] p = Probabilities.of(psi);
    int shots = 200_000;
    int[] counts = new int[p.length];
    for (int k : Sampler.sample(psi, shots, 12345)) {
      counts[k]++;
    }
    for (int k = 0; k < p.length; k++) {
      double sigma = Math.sqrt(shots * p[k] * (1 - p[k]));
      assertEquals(shots * p[k], counts[k], SIGMAS * sigma, "outcome " + k);
    }
  }

  @Test
  void marginalShotsMatchMarginalProbabilities() {
    StateVector psi = DenseReference.randomState(4, new SplittableRandom(3));
    double[] p = Probabilities.of(psi, 3, 1);
    int shots = 100_000;
    int[] counts = new int[4];
    for (int k : Sampler.sampleWires(psi, shots, 99, 3, 1)) {
      counts[k]++;
    }
    for (int k = 0; k < 4; k++) {
      double sigma = Math.sqrt(shots * p[k] * (1 - p[k]));
      assertEquals(shots * p[k], counts[k], SIGMAS * sigma, "outcome " + k);
    }
  }

  @Test
  void impossibleOutcomesNeverAppear() {
    Map<String, Integer> counts = Sampler.counts(bell(), 10_000, 5);
    assertEquals(java.util.Set.of("00", "11"), counts.keySet());
    assertEquals(10_000, counts.get("00") + counts.get("11"));
  }

  @Test
  void bitstringsListWireZeroFirst() {
    CircuitBuilder q = new CircuitBuilder(3);
    q.x(0);
    StateVector s = Simulator.run(q.build());
    assertEquals(Map.of("100", 50), Sampler.counts(s, 50, 1));
    assertEquals("011", Sampler.bitstring(3, 3));
  }

  @Test
  void shotsBelowOneAreRejected() {
    StateVector s = StateVector.zero(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sampler.sample(s, 0, 1));
    assertEquals("shots: expected at least 1, got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Sampler.counts(s, -5, 1));
    assertThrows(IllegalArgumentException.class, () -> Sampler.sampleWires(s, 0, 1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> Sampler.estimate(s, PauliSum.z(0), 0, 1));
  }

  @Test
  void zeroStateIsRejected() {
    StateVector empty = StateVector.of(1, new double[4]);
    assertThrows(IllegalArgumentException.class, () -> Sampler.sample(empty, 10, 1));
  }

  /**
   * Eigenstates give every shot the same eigenvalue, so the estimate is exact: this pins the
   * basis rotations (H for X, S-dagger then H for Y) and the sign of each eigenvalue.
   */
  @Test
  void eigenstatesAreEstimatedExactly() {
    StateVector plusI = StateVector.of(1, new double[] {R, 0, 0, R});
    StateVector minus = StateVector.of(1, new double[] {R, 0, -R, 0});
    assertEquals(1, Sampler.estimate(plusI, PauliSum.y(0), 100, 1), 0.0);
    assertEquals(-1, Sampler.estimate(minus, PauliSum.x(0), 100, 1), 0.0);
    ShotEstimate e = Sampler.estimateWithError(bell(),
        PauliSum.parse("X0 X1 + 2 Y0 Y1 + 3 Z0 Z1 + 0.5"), 100, 1);
    assertEquals(1 - 2 + 3 + 0.5, e.mean(), 1e-12);
    assertEquals(0, e.standardError(), 0.0);
    assertEquals(3, e.groups());
  }

  @Test
  void constantNeedsNoShots() {
    ShotEstimate e = Sampler.estimateWithError(StateVector.zero(2), PauliSum.constant(2.5), 10, 1);
    assertEquals(new ShotEstimate(2.5, 0, 10, 0), e);
  }

  /**
   * The estimate is within 5 sigma of the exact value, where sigma^2 = sum over measured groups of
   * Var(group) / shots, and the reported standard error matches that sigma.
   */
  @Test
  void estimateIsWithinFiveSigmaOfExact() {
    SplittableRandom random = new SplittableRandom(4);
    StateVector psi = DenseReference.randomState(4, random);
    PauliSum h = DenseReference.randomSum(4, 8, random).plus(PauliSum.constant(0.7));
    double exact = Expectation.of(psi, h);
    double groupVariance = 0;
    for (QubitWiseCommutingGroups.Group g : QubitWiseCommutingGroups.of(h)) {
      groupVariance += Expectation.variance(psi, g.sum());
    }
    for (int shots : new int[] {100, 1_000, 10_000, 100_000}) {
      double sigma = Math.sqrt(groupVariance / shots);
      ShotEstimate e = Sampler.estimateWithError(psi, h, shots, 1000 + shots);
      assertEquals(exact, e.mean(), SIGMAS * sigma, shots + " shots");
      if (shots >= 10_000) {
        assertEquals(sigma, e.standardError(), 0.05 * sigma, "standard error at " + shots);
      }
    }
  }

  /** The mean absolute error over many seeds shrinks like 1/sqrt(shots): 10x for 100x shots. */
  @Test
  void estimateConvergesAsShotsGrow() {
    SplittableRandom random = new SplittableRandom(6);
    StateVector psi = DenseReference.randomState(3, random);
    PauliSum h = PauliSum.parse("0.5 Z0 Z1 - 0.8 X0 + 0.3 Y1 Y2 + 0.4 X2");
    double exact = Expectation.of(psi, h);
    int seeds = 40;
    double few = 0, many = 0;
    for (int seed = 0; seed < seeds; seed++) {
      few += Math.abs(Sampler.estimate(psi, h, 100, seed) - exact) / seeds;
      many += Math.abs(Sampler.estimate(psi, h, 10_000, seed) - exact) / seeds;
    }
    // expected ratio 10; 40 seeds make the mean of |error| good to about 15%
    assertTrue(many < few / 5, "error " + many + " at 10000 shots vs " + few + " at 100");
    assertTrue(many > few / 20, "error " + many + " at 10000 shots vs " + few + " at 100");
  }

  @Test
  void estimateIsReproducibleAndLeavesTheStateAlone() {
    StateVector psi = DenseReference.randomState(3, new SplittableRandom(8));
    double[] before = psi.amplitudes().clone();
    PauliSum h = PauliSum.parse("X0 Y1 + Z2 - 0.5 Y0 X2");
    assertEquals(Sampler.estimate(psi, h, 500, 3), Sampler.estimate(psi, h, 500, 3), 0.0);
    assertArrayEquals(before, psi.amplitudes(), 0.0);
    assertThrows(IllegalArgumentException.class,
        () -> Sampler.estimate(psi, PauliSum.z(3), 10, 1));
  }
}
