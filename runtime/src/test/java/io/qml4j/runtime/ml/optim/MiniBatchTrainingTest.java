package io.qml4j.runtime.ml.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniBatchTrainingTest {
  // y = 2 x + 1 exactly: least squares has its minimum 0 at (w, b) = (2, 1)
  private static final double[] X = {-1, -0.5, 0, 0.3, 0.8, 1.2, 1.5, 2};

  private static double batchLoss(double[] p, int[] batch, double[] gradient) {
    double loss = 0;
    for (int i : batch) {
      double r = p[0] * X[i] + p[1] - (2 * X[i] + 1);
      loss += r * r / batch.length;
      gradient[0] += 2 * r * X[i] / batch.length;
      gradient[1] += 2 * r / batch.length;
    }
    return loss;
  }

  @Test
  void stochasticAdamSolvesLeastSquaresReproducibly() {
    GradientOptimizer adam = new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(3000).withSeed(3));
    OptimizationResult a = MiniBatchTraining.minimize(adam, MiniBatchTrainingTest::batchLoss, X.length, 3, new double[2]);
    OptimizationResult b = MiniBatchTraining.minimize(adam, MiniBatchTrainingTest::batchLoss, X.length, 3, new double[2]);
    assertArrayEquals(new double[] {2, 1}, a.parameters(), 1e-4);
    assertArrayEquals(a.parameters(), b.parameters(), 0);
    // stops early once a batch gradient is exactly zero: the line is fitted to the last bit
    assertEquals(a.steps() + 1, a.evaluations(), "one evaluation per step plus the final full one");
    assertEquals(0, a.loss(), 1e-20);
  }

  @Test
  void everyEpochVisitsEveryExampleOnce() {
    List<Integer> seen = new ArrayList<>();
    MiniBatchTraining.BatchObjective recorder = (p, batch, g) -> {
      for (int i : batch) {
        seen.add(i);
      }
      g[0] = 1; // non-zero, so no step stops on the gradient tolerance
      return 1;
    };
    // 8 examples in batches of 3: 3, 3, 2 per epoch; 6 steps = two epochs
    MiniBatchTraining.minimize(new GradientDescent(0.1, OptimizerOptions.defaults().withMaxSteps(6)),
        recorder, X.length, 3, new double[2]);
    for (int epoch = 0; epoch < 2; epoch++) {
      assertEquals(28, seen.subList(8 * epoch, 8 * epoch + 8).stream().mapToInt(Integer::intValue).sum());
      assertEquals(8, seen.subList(8 * epoch, 8 * epoch + 8).stream().distinct().count());
    }
  }

  @Test
  void rejectsBadSizes() {
    GradientOptimizer gd = new GradientDescent(0.1, OptimizerOptions.defaults());
    assertThrows(IllegalArgumentException.class,
        () -> MiniBatchTraining.minimize(gd, MiniBatchTrainingTest::batchLoss, 0, 3, new double[2]));
    assertThrows(IllegalArgumentException.class,
        () -> MiniBatchTraining.minimize(gd, MiniBatchTrainingTest::batchLoss, 8, 0, new double[2]));
  }
}
