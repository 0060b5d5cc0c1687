package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Trajectories against the exact density matrix and the noiseless state vector. */
class TrajectorySimulatorTest {
  /** Agreement bound in standard errors: a 5-sigma miss has probability about 6e-7. */
  private static final double SIGMAS = 5;

  @Test
  void trajectoriesAgreeWithTheDensityMatrixWithinFiveStandardErrors() {
    SplittableRandom rnd = new SplittableRandom(3);
    List<PauliSum> observables = List.of(PauliSum.z(0), PauliSum.parse("X1 Z2"),
        PauliSum.parse("Y0 Y3"), PauliSum.parse("0.5 Z1 + 0.25 X3"));
    for (int trial = 0; trial < 3; trial++) {
      NoisyCircuit circuit = NoisyCircuits.noisy(rnd, 4, 15);
      DensityMatrixResult exact = DensityMatrixSimulator.run(circuit);
      TrajectoryResult sampled = TrajectorySimulator.run(circuit, observables, 3000, trial);
      for (int k = 0; k < observables.size(); k++) {
        double expected = exact.expectation(observables.get(k));
        double error = sampled.standardError(k);
        assertTrue(Math.abs(sampled.mean(k) - expected) <= SIGMAS * error + 1e-12,
            String.format("observable %d: %f vs %f +- %f", k, sampled.mean(k), expected, error));
      }
    }
  }

  @Test
  void aNoiselessTrajectoryIsExactlyTheStateVector() {
    Circuit circuit = new Circuit(5, NoisyCircuits.gates(new SplittableRandom(9), 5, 30));
    double[] expected = Simulator.run(circuit).amplitudes();
    double[] actual = TrajectorySimulator.trajectory(NoisyCircuit.of(circuit), 42).state()
        .amplitudes();
    assertArrayEquals(expected, actual, 0.0);
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    NoisyCircuit circuit = NoisyCircuits.noisy(new SplittableRandom(4), 3, 5);
    List<PauliSum> z = List.of(PauliSum.z(0));
    assertEquals(TrajectorySimulator.run(circuit, z, 200, 7).mean(0),
        TrajectorySimulator.run(circuit, z, 200, 7).mean(0), 0.0);
  }

  @Test
  void badArgumentsAreNamed() {
    NoisyCircuit circuit = NoisyCircuits.noisy(new SplittableRandom(4), 2, 1);
    ChannelsTest.assertMessage("trajectories: expected at least 2",
        () -> TrajectorySimulator.run(circuit, List.of(PauliSum.z(0)), 1, 0));
    ChannelsTest.assertMessage("observables: observable 0 acts on wire 5",
        () -> TrajectorySimulator.run(circuit, List.of(PauliSum.z(5)), 10, 0));
  }
}
