package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Chains of X gates joined into one permutation in single precision ({@link FloatPermutationChain})
 * give the result of one pass per gate bit for bit: CNOT rings in both directions and random X,
 * CNOT and Toffoli runs on the high wires, the low ones and across, in blocks whose runs are moved
 * register by register and in pieces.
 */
class FloatPermutationChainTest {
  private static final double[] X = {0, 0, 1, 0, 1, 0, 0, 0};

  @Test
  void chainsOfXGatesEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(50);
    for (int n : new int[] {6, 13, 17}) {
      for (int tile : new int[] {4, Math.min(n, Plan.TILE_QUBITS)}) {
        Plan.Builder joined = Plan.builder(n, tile);
        float[] start = FloatPlanTest.narrow(FloatPlanTest.state(rnd, n));
        float[] sequential = start.clone();
        for (int k = 0; k < 10 * n; k++) {
          int controls;
          int target;
          if (k < 2 * n) {
            // a ring down, then a ring up
            int w = k % n;
            boolean down = k < n;
            controls = 1 << (n - 1 - (down ? w : (w + 1) % n));
            target = 1 << (n - 1 - (down ? (w + 1) % n : w));
          } else {
            int zone = k / 6 % 3;
            int lowest = zone == 1 ? n - 4 : 0, count = zone == 0 ? n - 4 : zone == 1 ? 4 : n;
            int t = lowest + rnd.nextInt(count);
            target = 1 << (n - 1 - t);
            controls = 0;
            for (int c = rnd.nextInt(3); c > 0; c--) {
              int wire = lowest + rnd.nextInt(count);
              if (wire != t) {
                controls |= 1 << (n - 1 - wire);
              }
            }
          }
          joined.matrix1(controls, target, X);
          FloatPlan.of(Plan.builder(n, tile).matrix1(controls, target, X).build())
              .run(sequential);
        }
        float[] actual = start.clone();
        FloatPlan.of(joined.build()).run(actual);
        assertArrayEquals(sequential, actual, 0f, n + " qubits, tiles of " + tile);
      }
    }
  }
}
