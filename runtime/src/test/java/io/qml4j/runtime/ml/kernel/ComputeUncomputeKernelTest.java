package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComputeUncomputeKernelTest {
  private static final CircuitFeatureMap ZZ = CircuitFeatureMap.zz(3, 2);
  private static final double[][] POINTS = FidelityKernelTest.randomPoints(10, 3, 99);

  @Test
  void exactCircuitRunsEqualOverlapKernel() {
    double[][] overlap = new FidelityKernel(ZZ).matrix(POINTS);
    double[][] runs = new ComputeUncomputeKernel(ZZ).exactMatrix(POINTS, POINTS);
    for (int i = 0; i < POINTS.length; i++) {
      assertArrayEquals(overlap[i], runs[i], 1e-12);
    }
  }

  @Test
  void shotEstimateConvergesToExactKernel() {
    double[][] exact = new FidelityKernel(ZZ).matrix(POINTS);
    ComputeUncomputeKernel kernel = new ComputeUncomputeKernel(ZZ);
    double previous = Double.POSITIVE_INFINITY;
    for (int shots : new int[] {100, 10_000, 1_000_000}) {
      double[][] estimate = kernel.estimateMatrix(POINTS, shots, 2024);
      double worst = 0;
      for (int i = 0; i < exact.length; i++) {
        assertEquals(1, estimate[i][i], 0, "|<phi|phi>|^2 = 1 reads all zeros on every shot");
        for (int j = 0; j < exact.length; j++) {
          assertEquals(estimate[i][j], estimate[j][i], 0);
          double counts = estimate[i][j] * shots;
          assertEquals(Math.rint(counts), counts, 1e-6, "a fraction of shots");
          worst = Math.max(worst, Math.abs(estimate[i][j] - exact[i][j]));
        }
      }
      // 55 entries: the largest error stays within 5 binomial standard deviations, sd <= 0.5/sqrt(shots)
      assertTrue(worst <= 5 * 0.5 / Math.sqrt(shots), shots + " shots: error " + worst);
      assertTrue(worst < previous, "error shrinks with shots");
      previous = worst;
    }
  }

  @Test
  void sameSeedSameEstimateOtherSeedOther() {
    ComputeUncomputeKernel kernel = new ComputeUncomputeKernel(ZZ);
    double[][] a = kernel.estimateMatrix(POINTS, POINTS, 500, 7);
    double[][] b = kernel.estimateMatrix(POINTS, POINTS, 500, 7);
    double[][] c = kernel.estimateMatrix(POINTS, POINTS, 500, 8);
    boolean differs = false;
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
      for (int j = 0; j < a.length; j++) {
        differs |= a[i][j] != c[i][j];
      }
    }
    assertTrue(differs);
    assertEquals(kernel.estimate(POINTS[0], POINTS[1], 500, 3),
        kernel.estimate(POINTS[0], POINTS[1], 500, 3), 0);
  }

  @Test
  void rejectsBadShotsAndMismatchedPoints() {
    ComputeUncomputeKernel kernel = new ComputeUncomputeKernel(ZZ);
    IllegalArgumentException shots = assertThrows(IllegalArgumentException.class,
        () -> kernel.estimateMatrix(POINTS, 0, 1));
    assertTrue(shots.getMessage().startsWith("shots"), shots.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> kernel.exactMatrix(POINTS, new double[][] {{1, 2}}));
  }
}
