package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.kernel.Plan;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Stages whose blocks hold wires above the contiguous tile: fewer passes over the state, and the
 * same amplitudes bit for bit as one block holding the whole state.
 */
class PlanBlocksTest {
  @Test
  void highWiresShareStagesWithTheLowOnes() {
    CircuitBuilder q = new CircuitBuilder(20);
    for (int layer = 0; layer < 5; layer++) {
      for (int w = 0; w < 20; w++) {
        q.ry(w, 0.1 * w + layer);
      }
      for (int w = 0; w < 20; w++) {
        q.rz(w, 0.2 * w - layer);
      }
      for (int w = 0; w < 20; w++) {
        q.cnot(w, (w + 1) % 20);
      }
    }
    Plan plan = Simulator.compile(q.build());
    // contiguous 2^15 tiles alone need 59 passes here: one per gate on wires 0..4, 12 a layer
    assertTrue(plan.stages() <= 20, "stages: " + plan.stages());
  }

  @Test
  void everyBlockShapeGivesTheSameAmplitudes() {
    SplittableRandom rnd = new SplittableRandom(81);
    int n = 12;
    Circuit circuit = RandomCircuits.circuit(rnd, n, 200);
    double[] start = RandomCircuits.state(rnd, n);
    double[] whole = start.clone();
    PlanCompiler.compile(circuit, true, n).run(whole);
    for (int tile = 3; tile < n; tile++) {
      double[] blocked = start.clone();
      Plan plan = PlanCompiler.compile(circuit, true, tile);
      plan.run(blocked);
      assertArrayEquals(whole, blocked, "tile 2^" + tile + " (" + plan.stages() + " stages)");
    }
  }
}
