package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Three real gates on the lowest wires joined into one pass ({@link LowRealsStep}), with the
 * diagonal layer after them where the Vector API runs it, give the sequential result bit for bit:
 * in blocks, tiles and sweeps, on states of every size from the smallest the join fits, and next
 * to orders it must not join (other wires, other orders, controls).
 */
class LowRealsStepTest {
  @Test
  void joinedLowGatesAndPhasesEqualOneGateAtATime() {
    SplittableRandom rnd = new SplittableRandom(30);
    for (int n : new int[] {4, 9, 13, 17}) {
      for (int tile : new int[] {4, Math.min(n, 7), Math.min(n, Plan.TILE_QUBITS)}) {
        Plan.Builder joined = Plan.builder(n, tile);
        double[] start = TestGates.random(rnd, 2 << n);
        double[] sequential = start.clone();
        for (int layer = 0; layer < 3; layer++) {
          // an RY layer in the compiler's order (wires ascending, so strides 4, 2, 1 last)
          for (int w = 0; w < n; w++) {
            double[] m = TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI));
            TestGates.addGate(joined, sequential, n, tile, 0, 1 << (n - 1 - w), m);
          }
          if (layer != 1) {
            int[] strides = new int[n];
            double[][] diagonals = new double[n][];
            for (int w = 0; w < n; w++) {
              strides[w] = 1 << (n - 1 - w);
              double a = rnd.nextDouble(-Math.PI, Math.PI);
              diagonals[w] = new double[] {Math.cos(a), -Math.sin(a), Math.cos(a), Math.sin(a)};
            }
            joined.diagonalLayer(strides, diagonals);
            Plan.builder(n, tile).diagonalLayer(strides, diagonals).build().run(sequential);
          }
          // the low wires in another order, and under a control: not joined, still exact
          for (int stride : new int[] {1, 2, 4}) {
            double[] m = TestGates.reflection(rnd.nextDouble(-Math.PI, Math.PI));
            int controls = layer == 2 ? 1 << (n - 1) : 0;
            TestGates.addGate(joined, sequential, n, tile, controls, stride, m);
          }
        }
        Plan plan = joined.build();
        double[] actual = start.clone();
        plan.run(actual);
        TestGates.assertJoinsExact(plan, start, sequential, actual,
            n + " qubits, tiles of " + tile);
        double[] threaded = start.clone();
        ParallelPlanRunner.run(plan, threaded, 2);
        assertArrayEquals(actual, threaded, 0.0, n + " qubits, two threads against one");
        if (!Plan.LOW_REALS || tile < Plan.LOW_REALS_BLOCK_QUBITS) {
          assertEquals(0, plan.joinedLowReals(), "off or small blocks: none joined");
        } else {
          assertTrue(plan.joinedLowReals() >= 3, "each RY layer's three lowest wires are joined");
        }
      }
    }
  }
}
