package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A tabulated layer equals its diagonal gates applied one by one with {@link Kernels#diagonal1},
 * on the whole state and tile by tile, for states with one, two and three table chunks; a reused
 * buffer holds no trace of the previous layer after {@link LayerKernels#clear}.
 */
class LayerKernelsTest {
  @Test
  void equalsTheGatesOneByOne() {
    SplittableRandom rnd = new SplittableRandom(67);
    for (int n : new int[] {1, 2, 3, 5, 8, 21}) {
      double[] table = new double[LayerKernels.tableLength(n)];
      Arrays.fill(table, 7); // garbage from an earlier layer
      for (int round = 0; round < 2; round++) {
        double[] start = new double[2 << n];
        for (int i = 0; i < start.length; i++) {
          start[i] = rnd.nextDouble(-1, 1);
        }
        double[] expected = start.clone();
        LayerKernels.clear(table, n);
        for (int w = 0; w < n; w++) {
          if (rnd.nextInt(3) == 0) {
            continue;
          }
          int t = 1 << (n - 1 - w);
          double a = rnd.nextDouble(-3, 3), b = rnd.nextDouble(-3, 3);
          Kernels.diagonal1(expected, t, Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b));
          LayerKernels.wire(table, n, t, Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b));
        }
        double[] whole = start.clone();
        LayerKernels.apply(whole, table, n);
        assertArrayEquals(expected, whole, 1e-13, "n=" + n);
        int tile = 1 << Math.max(0, n - 2);
        double[] tiled = start.clone();
        for (int from = 0; from < 1 << n; from += tile) {
          LayerKernels.apply(tiled, table, n, from, from + tile);
        }
        assertArrayEquals(expected, tiled, 1e-13, "n=" + n + " tiled");
      }
    }
  }

  @Test
  void rejectsShortTablesAndBadStrides() {
    double[] s = new double[2 << 4];
    double[] table = new double[LayerKernels.tableLength(4)];
    assertThrows(IllegalArgumentException.class,
        () -> LayerKernels.clear(new double[table.length - 1], 4));
    assertThrows(IllegalArgumentException.class, () -> LayerKernels.wire(table, 4, 3, 1, 0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> LayerKernels.wire(table, 4, 16, 1, 0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> LayerKernels.apply(s, table, 4, 0, 17));
    assertThrows(IllegalArgumentException.class, () -> LayerKernels.tableLength(0));
  }
}
