package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mid-circuit measurement, reset and feed-forward against their textbook outcomes. */
class DynamicCircuitTest {
  private static final double TOLERANCE = 1e-12;
  private static final double THETA = 1.1, PHI = 0.4;

  /**
   * Teleports RZ(PHI) RY(THETA)|0> from wire 0 to wire 2 (Nielsen and Chuang, fig. 1.13): the two
   * measured bits are uniform and wire 2 ends in the input state whatever they read.
   */
  static NoisyCircuit teleportation() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(3, 2);
    b.q().ry(0, THETA);
    b.q().rz(0, PHI);
    b.q().h(1);
    b.q().cnot(1, 2);
    b.q().cnot(0, 1);
    b.q().h(0);
    b.measure(0, 0);
    b.measure(1, 1);
    b.ifBits(1, 1, 1, q -> q.x(2));
    b.ifBits(0, 1, 1, q -> q.z(2));
    return b.build();
  }

  @Test
  void teleportationDeliversTheStateForEveryRecord() {
    DensityMatrixResult result = DensityMatrixSimulator.run(teleportation());
    double[] records = result.recordProbabilities();
    for (double p : records) {
      assertEquals(0.25, p, TOLERANCE);
    }
    for (DensityMatrixResult.Branch branch : result.branches()) {
      double w = branch.state().trace();
      assertEquals(Math.cos(THETA), branch.state().expectation(PauliSum.z(2)) / w, TOLERANCE);
      assertEquals(Math.sin(THETA) * Math.cos(PHI),
          branch.state().expectation(PauliSum.x(2)) / w, TOLERANCE);
      assertEquals(Math.sin(THETA) * Math.sin(PHI),
          branch.state().expectation(PauliSum.y(2)) / w, TOLERANCE);
    }
  }

  @Test
  void teleportationTrajectoriesEndInTheInputState() {
    TrajectoryResult r = TrajectorySimulator.run(teleportation(),
        List.of(PauliSum.z(2), PauliSum.x(2)), 200, 1);
    // every trajectory ends in the same pure state on wire 2, so the spread is rounding only
    assertEquals(Math.cos(THETA), r.mean(0), 1e-12);
    assertEquals(Math.sin(THETA) * Math.cos(PHI), r.mean(1), 1e-12);
    assertEquals(4, r.recordCounts().size());
  }

  /** Measure wire 0 after RY(THETA), reset it, reuse it with RY(PHI), measure again. */
  static NoisyCircuit resetAndReuse() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(1, 2);
    b.q().ry(0, THETA);
    b.measure(0, 0);
    b.reset(0);
    b.q().ry(0, PHI);
    b.measure(0, 1);
    return b.build();
  }

  @Test
  void resetAndReuseGivesIndependentBits() {
    double p = Math.pow(Math.sin(THETA / 2), 2), q = Math.pow(Math.sin(PHI / 2), 2);
    double[] expected = {(1 - p) * (1 - q), p * (1 - q), (1 - p) * q, p * q};
    double[] actual = DensityMatrixSimulator.run(resetAndReuse()).recordProbabilities();
    for (int k = 0; k < 4; k++) {
      assertEquals(expected[k], actual[k], TOLERANCE, "record " + k);
    }
    int shots = 4000;
    Map<Long, Integer> counts = TrajectorySimulator.run(resetAndReuse(),
        List.of(PauliSum.z(0)), shots, 3).recordCounts();
    for (int k = 0; k < 4; k++) {
      double seen = counts.getOrDefault((long) k, 0) / (double) shots;
      double sigma = Math.sqrt(expected[k] * (1 - expected[k]) / shots);
      assertTrue(Math.abs(seen - expected[k]) < 5 * sigma, k + ": " + seen + " vs " + expected[k]);
    }
  }

  @Test
  void readoutErrorMovesRecordWeightButNotTheState() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(1, 1);
    b.q().x(0);
    b.measure(0, 0);
    NoisyCircuit c = b.build().withReadout(ReadoutError.of(new double[] {0.02},
        new double[] {0.1}));
    DensityMatrixResult r = DensityMatrixSimulator.run(c);
    assertEquals(0.1, r.recordProbabilities()[0], TOLERANCE);
    assertEquals(1, r.probabilities()[1], TOLERANCE);
  }

  @Test
  void aBitOrWireOutOfRangeIsNamed() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 1);
    ChannelsTest.assertMessage("bit: 1 is out of range for 1 classical bit(s)",
        () -> b.measure(0, 1));
    ChannelsTest.assertMessage("wire: 2 is out of range for a 2-qubit circuit",
        () -> b.reset(2));
    assertEquals(0, b.build().instructions().size());
  }
}
