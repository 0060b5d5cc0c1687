package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cross matrices of {@link WireOverlaps} against their definition summed amplitude by
 * amplitude: every wire, the scalar kernels and (where the Vector API runs) the SIMD ones, with
 * blocks smaller than the state so that the high wires go through the gathered groups.
 */
class WireOverlapsTest {
  private static final double TOLERANCE = 1e-12;

  @ParameterizedTest
  @CsvSource({"1, 14", "2, 14", "3, 14", "5, 14", "9, 14", "9, 3", "10, 5", "12, 6", "13, 8",
      "15, 14"})
  void everyWireMatchesTheDefinition(int n, int blockBits) {
    SplittableRandom random = new SplittableRandom(97 * n + blockBits);
    double[] bra = RandomCircuits.uniform(random, 2 << n, -1, 1);
    double[] ket = RandomCircuits.uniform(random, 2 << n, -1, 1);
    boolean[] wires = new boolean[n];
    for (int w = 0; w < n; w++) {
      wires[w] = w % 3 != 1 || n < 3;
    }
    double[] expected = reference(bra, ket, n, wires);
    for (WireOverlapKernels kernels : kernels()) {
      assertArrayEquals(expected, WireOverlaps.of(bra, ket, n, wires, kernels, blockBits,
          blockBits - 2, 1), TOLERANCE, String.valueOf(kernels));
      assertArrayEquals(expected, WireOverlaps.of(bra, ket, n, wires, kernels, blockBits,
          blockBits - 2, 3), TOLERANCE, kernels + " on three threads");
    }
  }

  @ParameterizedTest
  @CsvSource({"4", "11"})
  void theNumbersGiveTheOverlapOfAnyAntiHermitianOperator(int n) {
    SplittableRandom random = new SplittableRandom(n);
    double[] bra = RandomCircuits.uniform(random, 2 << n, -1, 1);
    double[] ket = RandomCircuits.uniform(random, 2 << n, -1, 1);
    boolean[] wires = new boolean[n];
    java.util.Arrays.fill(wires, true);
    double[] m = WireOverlaps.of(bra, ket, n, wires);
    for (int w = 0; w < n; w++) {
      double[] r = RandomCircuits.uniform(random, 4, -1, 1);
      // [[i b0, c], [-conj(c), i b1]]
      double[] b = {0, r[0], r[2], r[3], -r[2], r[3], 0, r[1]};
      assertEquals(Overlaps.real(bra, ket, new int[] {1 << (n - 1 - w)}, b),
          WireOverlaps.real(m, w, b), TOLERANCE);
    }
  }

  private static List<WireOverlapKernels> kernels() {
    List<WireOverlapKernels> all = new ArrayList<>();
    all.add(WireOverlaps.SCALAR);
    if (AdjointSimd.WIRE_OVERLAPS != null) {
      all.add(AdjointSimd.WIRE_OVERLAPS);
    }
    return all;
  }

  /**
   * From {@code M_w[a][b] = sum_i conj(bra_i) ket_j} (i with bit a and j = i with bit b on wire
   * w): {@code Im M00, Im M11, Re(M01 - M10), Im(M01 + M10)} per wire.
   */
  private static double[] reference(double[] bra, double[] ket, int n, boolean[] wires) {
    double[] full = new double[8 * n];
    double[] m = new double[4 * n];
    for (int w = 0; w < n; w++) {
      if (!wires[w]) {
        continue;
      }
      int stride = 1 << (n - 1 - w);
      for (int i = 0; i < 1 << n; i++) {
        int a = (i & stride) == 0 ? 0 : 1;
        for (int b = 0; b < 2; b++) {
          int j = b == 1 ? i | stride : i & ~stride;
          int e = 8 * w + 2 * (2 * a + b);
          full[e] += bra[2 * i] * ket[2 * j] + bra[2 * i + 1] * ket[2 * j + 1];
          full[e + 1] += bra[2 * i] * ket[2 * j + 1] - bra[2 * i + 1] * ket[2 * j];
        }
      }
      int o = 8 * w;
      m[4 * w] = full[o + 1];
      m[4 * w + 1] = full[o + 7];
      m[4 * w + 2] = full[o + 2] - full[o + 4];
      m[4 * w + 3] = full[o + 3] + full[o + 5];
    }
    return m;
  }
}
