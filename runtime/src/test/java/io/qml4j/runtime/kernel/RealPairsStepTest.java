package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Two real gates joined into one pass ({@link RealPairsStep}) give the sequential result bit for
 * bit, on every pair of wires, in blocks, tiles and sweeps, with the Vector API present (joined)
 * and absent (never joined: the plan keeps one step per gate). The gates are reflections, real
 * but not rotations, so that {@link RealTriplesStep} (equal to rounding only) takes none of them.
 */
class RealPairsStepTest {
  @Test
  void joinedRealGatesEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(15);
    for (int n : new int[] {6, 12, 17}) {
      for (int tile : new int[] {4, Math.min(n, Plan.TILE_QUBITS)}) {
        Plan.Builder joined = Plan.builder(n, tile);
        double[] start = TestGates.random(rnd, 2 << n);
        double[] sequential = start.clone();
        // a layer of random real gates on every wire, in a random order, then a CNOT, twice
        for (int layer = 0; layer < 2; layer++) {
          for (int k = 0; k < n; k++) {
            int wire = rnd.nextInt(n);
            double[] m = TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI));
            TestGates.addGate(joined, sequential, n, tile, 0, 1 << (n - 1 - wire), m);
          }
          double[] x = {0, 0, 1, 0, 1, 0, 0, 0};
          TestGates.addGate(joined, sequential, n, tile, 1 << (n - 1), 1, x);
        }
        Plan plan = joined.build();
        double[] actual = start.clone();
        plan.run(actual);
        TestGates.assertJoinsExact(plan, start, sequential, actual,
            n + " qubits, tiles of " + tile);
        if (Simd.KERNELS == null || !Plan.PAIRS) {
          assertEquals(0, plan.joinedPairs(), "no SIMD, no joined pairs");
        } else if (n >= 12) {
          assertTrue(plan.joinedPairs() > 0, "a layer of real gates is joined in pairs");
        }
      }
    }
  }
}
