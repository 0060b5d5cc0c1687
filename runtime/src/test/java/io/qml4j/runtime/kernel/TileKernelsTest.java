package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every range kernel, applied tile by tile over the whole state for every tile size the gate
 * allows, equals the whole-state kernel of {@link Kernels}; controls and diagonals above the tile
 * included.
 */
class TileKernelsTest {
  private final SplittableRandom rnd = new SplittableRandom(83);

  @Test
  void tileByTileEqualsTheWholeStateKernel() {
    for (int n = 1; n <= 6; n++) {
      for (int tw = 0; tw < n; tw++) {
        int t = 1 << tw;
        int c = pickControl(n, t);
        double[] m = randomMatrix();
        double a = rnd.nextDouble(-3, 3);
        double cos = Math.cos(a), sin = Math.sin(a);
        int mask = t | (1 << rnd.nextInt(n));
        check(n, t, s -> Kernels.general1(s, t, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]),
            (s, r) -> TileKernels.general1(s, t, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7],
                r[0], r[1]));
        check(n, t, s -> Kernels.real1(s, t, m[0], m[2], m[4], m[6]),
            (s, r) -> TileKernels.real1(s, t, m[0], m[2], m[4], m[6], r[0], r[1]));
        check(n, 0, s -> Kernels.diagonal1(s, t, m[0], m[1], m[6], m[7]),
            (s, r) -> TileKernels.diagonal1(s, t, m[0], m[1], m[6], m[7], r[0], r[1]));
        check(n, 0, s -> Kernels.phase(s, c, t, cos, sin),
            (s, r) -> TileKernels.phase(s, c, t, cos, sin, r[0], r[1]));
        check(n, t, s -> Kernels.controlledX(s, c, t),
            (s, r) -> TileKernels.controlledX(s, c, t, r[0], r[1]));
        check(n, t, s -> Kernels.controlledY(s, c, t),
            (s, r) -> TileKernels.controlledY(s, c, t, r[0], r[1]));
        check(n, t, s -> Kernels.controlled1(s, c, t, m[0], m[1], m[2], m[3], m[4], m[5], m[6],
            m[7]), (s, r) -> TileKernels.controlled1(s, c, t, m[0], m[1], m[2], m[3], m[4], m[5],
            m[6], m[7], r[0], r[1]));
        check(n, 0, s -> Kernels.parityPhase(s, mask, cos, sin),
            (s, r) -> TileKernels.parityPhase(s, mask, cos, sin, r[0], r[1]));
      }
    }
  }

  @Test
  void rejectsMisalignedTilesAndTargetsAboveTheTile() {
    double[] s = new double[2 << 4];
    assertThrows(IllegalArgumentException.class, () -> TileKernels.real1(s, 1, 1, 0, 0, 1, 4, 7));
    assertThrows(IllegalArgumentException.class, () -> TileKernels.real1(s, 1, 1, 0, 0, 1, 2, 6));
    assertThrows(IllegalArgumentException.class, () -> TileKernels.real1(s, 8, 1, 0, 0, 1, 0, 8));
    assertThrows(IllegalArgumentException.class, () -> TileKernels.controlledX(s, 0, 4, 16, 20));
    double[] before = s.clone();
    assertArrayEquals(before, s, 0.0);
  }

  /** A random control mask of zero, one or two wires other than the target. */
  private int pickControl(int n, int t) {
    int c = 0;
    for (int k = rnd.nextInt(3); k > 0; k--) {
      c |= 1 << rnd.nextInt(n);
    }
    return c & ~t;
  }

  private double[] randomMatrix() {
    double[] m = new double[8];
    for (int i = 0; i < 8; i++) {
      m[i] = rnd.nextDouble(-1, 1);
    }
    return m;
  }

  /** Tiles of every size above the acting stride {@code t} (0: any size). */
  private void check(int n, int t, Consumer<double[]> whole, BiConsumer<double[], int[]> tile) {
    double[] start = new double[2 << n];
    for (int i = 0; i < start.length; i++) {
      start[i] = rnd.nextDouble(-1, 1);
    }
    double[] expected = start.clone();
    whole.accept(expected);
    for (int size = 1; size <= 1 << n; size <<= 1) {
      if (size <= t) {
        continue;
      }
      double[] actual = start.clone();
      for (int from = 0; from < 1 << n; from += size) {
        tile.accept(actual, new int[] {from, from + size});
      }
      assertArrayEquals(expected, actual, 1e-13, "n=" + n + " t=" + t + " tile " + size);
    }
  }
}
