package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Three real gates on the wires of a sixteen-float register joined into one pass
 * ({@link FloatLowReals}) give the result of their three passes bit for bit, in blocks and tiles,
 * next to low-wire gates it must not join (another order, a control); and they are joined exactly
 * where registers hold sixteen floats.
 */
class FloatLowRealsTest {
  @Test
  void joinedLowGatesEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(40);
    for (int n : new int[] {3, 5, 9, 13}) {
      for (int tile : new int[] {3, Math.min(n, 6), Math.min(n, Plan.TILE_QUBITS)}) {
        Plan.Builder joined = Plan.builder(n, tile);
        float[] start = FloatPlanTest.narrow(FloatPlanTest.state(rnd, n));
        float[] sequential = start.clone();
        for (int layer = 0; layer < 3; layer++) {
          for (int w = 0; w < n; w++) {
            double[] m = TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI));
            joined.matrix1(0, 1 << (n - 1 - w), m);
            FloatPlan.of(Plan.builder(n, tile).matrix1(0, 1 << (n - 1 - w), m).build())
                .run(sequential);
          }
          for (int stride : new int[] {1, 4, 2}) {
            double[] m = TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI));
            int controls = layer == 2 && n > 3 ? 1 << (n - 1) : 0;
            joined.matrix1(controls, stride, m);
            FloatPlan.of(Plan.builder(n, tile).matrix1(controls, stride, m).build())
                .run(sequential);
          }
        }
        FloatPlan plan = FloatPlan.of(joined.build());
        float[] actual = start.clone();
        plan.run(actual);
        assertArrayEquals(sequential, actual, 0f, n + " qubits, tiles of " + tile);
        if (FloatLanes.LOW == 7 && FloatPlan.PAIRS && FloatLowReals.ENABLED) {
          assertTrue(plan.joinedLowReals() >= 3, "each RY layer's three lowest wires are joined");
        } else {
          assertEquals(0, plan.joinedLowReals(), "no sixteen-float registers, nothing joined");
        }
      }
    }
  }
}
