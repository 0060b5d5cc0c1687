package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.data.AdHocDataset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FidelityKernelTest {
  /** Agreement required between independent double-precision computations of one kernel value. */
  private static final double TOLERANCE = 1e-12;

  @Test
  void zzKernelEqualsSimulatedComputeUncomputeOverlap() {
    for (int n = 2; n <= 4; n++) {
      CircuitFeatureMap zz = CircuitFeatureMap.zz(n, 2);
      FidelityKernel kernel = new FidelityKernel(zz);
      double[][] x = randomPoints(8, n, 11 + n);
      double[][] k = kernel.matrix(x);
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x.length; j++) {
          // U(y)^dagger U(x)|0> with the inverse built by hand from the template's gates
          CircuitBuilder q = new CircuitBuilder(n);
          q.zzFeatureMap(x[i], 2);
          appendZzInverse(q, x[j], 2);
          double overlap = Simulator.run(q.build()).probability(0);
          assertEquals(overlap, k[i][j], TOLERANCE, "n=" + n + " (" + i + "," + j + ")");
        }
      }
    }
  }

  @Test
  void zzKernelEqualsFidelityOfPaperStatesComputedWithoutSimulator() {
    for (int n = 2; n <= 3; n++) {
      AdHocDataset paper = AdHocDataset.withRandomUnitary(n, 1);
      FidelityKernel kernel = new FidelityKernel(CircuitFeatureMap.zz(n, 2));
      double[][] x = randomPoints(6, n, 5);
      for (double[] a : x) {
        for (double[] b : x) {
          double[] sa = paper.featureState(a);
          double[] sb = paper.featureState(b);
          double re = 0;
          double im = 0;
          for (int k = 0; k < sa.length; k += 2) {
            re += sa[k] * sb[k] + sa[k + 1] * sb[k + 1];
            im += sa[k] * sb[k + 1] - sa[k + 1] * sb[k];
          }
          assertEquals(re * re + im * im, kernel.value(a, b), TOLERANCE);
        }
      }
    }
  }

  @Test
  void trainingMatrixIsSymmetricWithUnitDiagonalAndEntriesInUnitInterval() {
    double[][] k = new FidelityKernel(CircuitFeatureMap.zz(3, 2)).matrix(randomPoints(25, 3, 3));
    for (int i = 0; i < k.length; i++) {
      assertEquals(1, k[i][i], TOLERANCE);
      for (int j = 0; j < k.length; j++) {
        assertEquals(k[i][j], k[j][i], 0);
        assertTrue(k[i][j] >= 0 && k[i][j] <= 1 + TOLERANCE);
      }
    }
  }

  @Test
  void rectangularMatrixMatchesPairwiseValuesAndIsIndependentOfThreads() {
    FidelityKernel kernel = new FidelityKernel(CircuitFeatureMap.zz(2, 2));
    double[][] test = randomPoints(7, 2, 21);
    double[][] train = randomPoints(9, 2, 22);
    double[][] k = kernel.matrix(test, train);
    assertEquals(7, k.length);
    assertEquals(9, k[0].length);
    for (int i = 0; i < test.length; i++) {
      for (int j = 0; j < train.length; j++) {
        assertEquals(kernel.value(test[i], train[j]), k[i][j], 0);
      }
    }
  }

  @Test
  void anyStatePreparationPlugsIn() {
    // a hand-written angle embedding: k(x, y) = prod_i cos^2((x_i - y_i) / 2)
    StatePreparation angles = x -> {
      CircuitBuilder q = new CircuitBuilder(x.length);
      q.angleEmbedding(x, "Y");
      return Simulator.run(q.build());
    };
    double[] x = {0.3, -1.2};
    double[] y = {2.0, 0.4};
    double expected = Math.pow(Math.cos((x[0] - y[0]) / 2), 2) * Math.pow(Math.cos((x[1] - y[1]) / 2), 2);
    assertEquals(expected, new FidelityKernel(angles).value(x, y), TOLERANCE);
  }

  @Test
  void badInputIsRejectedWithTheArgumentNamed() {
    FidelityKernel kernel = new FidelityKernel(CircuitFeatureMap.zz(2, 1));
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> kernel.matrix(new double[][] {{1, 2}, {1}}));
    assertTrue(ragged.getMessage().contains("row 1 has 1 features, expected 2"), ragged.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> kernel.matrix(new double[][] {{1, Double.NaN}}));
    assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
    IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
        () -> kernel.matrix(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}}));
    assertTrue(width.getMessage().startsWith("columns"), width.getMessage());
    IllegalArgumentException features = assertThrows(IllegalArgumentException.class,
        () -> kernel.matrix(new double[][] {{1, 2, 3}}));
    assertTrue(features.getMessage().contains("takes 2 features, got 3"), features.getMessage());
    StatePreparation ragged2 = x -> StateVector.zero(x[0] > 0 ? 2 : 1);
    assertThrows(IllegalArgumentException.class,
        () -> new FidelityKernel(ragged2).matrix(new double[][] {{1}, {-1}}));
  }

  /** The gates of {@code Templates.zzFeatureMap} reversed with negated phases, written out here. */
  static void appendZzInverse(CircuitBuilder q, double[] x, int reps) {
    int n = x.length;
    for (int r = 0; r < reps; r++) {
      for (int i = n - 1; i >= 0; i--) {
        for (int j = n - 1; j > i; j--) {
          q.cnot(i, j);
          q.phaseShift(j, -2 * (Math.PI - x[i]) * (Math.PI - x[j]));
          q.cnot(i, j);
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        q.phaseShift(i, -2 * x[i]);
        q.h(i);
      }
    }
  }

  static double[][] randomPoints(int count, int dimension, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[count][dimension];
    for (double[] row : x) {
      for (int j = 0; j < dimension; j++) {
        row[j] = 2 * Math.PI * random.nextDouble();
      }
    }
    return x;
  }
}
