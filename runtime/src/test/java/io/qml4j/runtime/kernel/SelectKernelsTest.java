package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Kernels#selectReal1} and {@link Kernels#selectGeneral1} with the second matrix the first
 * times X equal a CNOT followed by the matrix on its target, for every pair of wires.
 */
class SelectKernelsTest {
  @Test
  void equalCnotThenTheMatrix() {
    SplittableRandom rnd = new SplittableRandom(97);
    for (int n = 2; n <= 6; n++) {
      for (int cw = 0; cw < n; cw++) {
        for (int tw = 0; tw < n; tw++) {
          if (cw == tw) {
            continue;
          }
          int c = 1 << (n - 1 - cw), t = 1 << (n - 1 - tw);
          double[] m = new double[8];
          for (int i = 0; i < 8; i++) {
            m[i] = rnd.nextDouble(-1, 1);
          }
          double[] start = new double[2 << n];
          for (int i = 0; i < start.length; i++) {
            start[i] = rnd.nextDouble(-1, 1);
          }
          double[] expected = start.clone();
          Kernels.controlledX(expected, c, t);
          Kernels.general1(expected, t, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
          double[] general = start.clone();
          // M X swaps the columns of M
          Kernels.selectGeneral1(general, c, t, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7],
              m[2], m[3], m[0], m[1], m[6], m[7], m[4], m[5]);
          assertArrayEquals(expected, general, 1e-14, "general n=" + n);

          double[] expectedReal = start.clone();
          Kernels.controlledX(expectedReal, c, t);
          Kernels.real1(expectedReal, t, m[0], m[2], m[4], m[6]);
          double[] real = start.clone();
          Kernels.selectReal1(real, c, t, m[0], m[2], m[4], m[6], m[2], m[0], m[6], m[4]);
          assertArrayEquals(expectedReal, real, 1e-14, "real n=" + n);
        }
      }
    }
  }
}
