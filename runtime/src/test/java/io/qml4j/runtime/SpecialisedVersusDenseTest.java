package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Per gate, the specialised kernel equals the naive dense path on random states and wires. */
class SpecialisedVersusDenseTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void everyGateOnRandomWiresEqualsTheDensePath() {
    SplittableRandom rnd = new SplittableRandom(41);
    for (int n = 1; n <= 6; n++) {
      for (Gate gate : Gate.values()) {
        if (!RandomCircuits.fits(gate, n)) {
          continue;
        }
        for (int trial = 0; trial < 4; trial++) {
          Operation op = RandomCircuits.op(rnd, n, gate);
          double[] specialised = RandomCircuits.state(rnd, n);
          double[] dense = specialised.clone();
          Simulator.apply(specialised, n, op);
          Simulator.applyDense(dense, n, op);
          double diff = Dense.maxDifference(dense, specialised);
          assertTrue(diff < TOLERANCE, op + " on " + n + " qubits differs by " + diff);
        }
      }
    }
  }
}
