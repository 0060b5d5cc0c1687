package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A diagonal layer equals its diagonal gates applied one by one, for every table chunk size (so
 * that one, two and several tables are exercised on small states) and every tile size.
 */
class DiagonalLayerTest {
  @Test
  void equalsTheGatesOneByOne() {
    SplittableRandom rnd = new SplittableRandom(61);
    for (int n = 1; n <= 7; n++) {
      int wires = 1 + rnd.nextInt(n);
      int[] strides = new int[wires];
      double[][] diagonals = new double[wires][];
      double[] start = new double[2 << n];
      for (int i = 0; i < start.length; i++) {
        start[i] = rnd.nextDouble(-1, 1);
      }
      double[] expected = start.clone();
      for (int k = 0; k < wires; k++) {
        strides[k] = 1 << (n - 1 - k);
        double a = rnd.nextDouble(-3, 3), b = rnd.nextDouble(-3, 3);
        diagonals[k] = new double[] {Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)};
        Kernels.diagonal1(expected, strides[k], diagonals[k][0], diagonals[k][1],
            diagonals[k][2], diagonals[k][3]);
      }
      for (int chunk = 1; chunk <= n + 1; chunk++) {
        for (int tile = 1; tile <= n; tile++) {
          double[] actual = start.clone();
          Plan.builder(n, tile).diagonalLayer(strides, diagonals, chunk).build().run(actual);
          double worst = 0;
          for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
          }
          assertTrue(worst < 1e-13,
              "n=" + n + " chunk " + chunk + " tile " + tile + " differs by " + worst);
        }
      }
    }
  }
}
