package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Chains of X gates joined into one permutation ({@link PermutationChainStep} on the higher wires,
 * {@link LowPermutationStep} on the four lowest) give the sequential result bit for bit: CNOT
 * rings in both directions, Toffolis and X gates, controls inside and outside the blocks, in
 * blocks, tiles and sweeps.
 */
class PermutationChainStepTest {
  private static final double[] X = {0, 0, 1, 0, 1, 0, 0, 0};

  @Test
  void cnotRingsEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(20);
    for (int n : new int[] {3, 7, 12, 17}) {
      for (int tile : new int[] {3, Math.min(n, 6), Math.min(n, Plan.TILE_QUBITS)}) {
        Recorded r = new Recorded(n, tile, rnd);
        for (int layer = 0; layer < 3; layer++) {
          for (int w = 0; w < n; w++) {
            r.gate(0, 1 << (n - 1 - rnd.nextInt(n)),
                TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI)));
          }
          boolean down = layer % 2 == 0;
          for (int w = 0; w < n; w++) {
            int control = down ? w : (w + 1) % n, target = down ? (w + 1) % n : w;
            r.gate(1 << (n - 1 - control), 1 << (n - 1 - target), X);
          }
        }
        Plan plan = r.check(n + " qubits, tiles of " + tile);
        if (!Plan.CHAINS) {
          assertEquals(0, plan.joinedChains(), "chains off, none joined");
        } else if (tile >= Plan.CHAIN_BLOCK_QUBITS) {
          assertTrue(plan.joinedChains() > 0, "a CNOT ring inside the blocks is joined");
        }
      }
    }
  }

  @Test
  void randomXGatesToffolisAndControlsEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(21);
    for (int n : new int[] {5, 11, 16}) {
      for (int tile : new int[] {4, Math.min(n, Plan.TILE_QUBITS)}) {
        Recorded r = new Recorded(n, tile, rnd);
        for (int k = 0; k < 12 * n; k++) {
          // runs on the four lowest wires (LowPermutationStep), on the others, and across
          int zone = k / 8 % 3;
          int lowest = zone == 1 ? n - 4 : 0, count = zone == 0 ? n - 4 : zone == 1 ? 4 : n;
          int target = lowest + rnd.nextInt(count);
          int controls = 0;
          for (int c = rnd.nextInt(3); c > 0; c--) {
            int wire = lowest + rnd.nextInt(count);
            if (wire != target) {
              controls |= 1 << (n - 1 - wire);
            }
          }
          if (rnd.nextInt(8) == 0) {
            r.gate(0, 1 << (n - 1 - target),
                TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI)));
          } else {
            r.gate(controls, 1 << (n - 1 - target), X);
          }
        }
        Plan plan = r.check(n + " qubits, tiles of " + tile);
        if (Plan.CHAINS && tile >= Plan.CHAIN_BLOCK_QUBITS) {
          assertTrue(plan.joinedChains() > 0, "runs of X gates inside the blocks are joined");
        }
      }
    }
  }

  /** A plan built gate by gate and the same gates run one plan each. */
  private static final class Recorded {
    private final int n;
    private final int tile;
    private final Plan.Builder joined;
    private final double[] start;
    private final double[] sequential;

    Recorded(int n, int tile, SplittableRandom rnd) {
      this.n = n;
      this.tile = tile;
      joined = Plan.builder(n, tile);
      start = new double[2 << n];
      for (int i = 0; i < start.length; i++) {
        start[i] = rnd.nextDouble(-1, 1);
      }
      sequential = start.clone();
    }

    void gate(int controls, int target, double[] m) {
      TestGates.addGate(joined, sequential, n, tile, controls, target, m);
    }

    Plan check(String what) {
      Plan plan = joined.build();
      double[] actual = start.clone();
      plan.run(actual);
      TestGates.assertJoinsExact(plan, start, sequential, actual, what);
      double[] threaded = start.clone();
      ParallelPlanRunner.run(plan, threaded, 2);
      assertArrayEquals(actual, threaded, 0.0, what + ", two threads against one");
      return plan;
    }
  }
}
