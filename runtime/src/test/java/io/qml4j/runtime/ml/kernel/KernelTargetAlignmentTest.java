package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.NelderMead;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import org.junit.jupiter.api.Test;

class KernelTargetAlignmentTest {
  @Test
  void idealKernelHasAlignmentOne() {
    int[] labels = {3, 3, 7, 3, 7};
    double[][] ideal = new double[5][5];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        ideal[i][j] = labels[i] == labels[j] ? 1 : -1;
      }
    }
    assertEquals(1, KernelTargetAlignment.of(ideal, labels), 1e-15);
  }

  @Test
  void blockKernelOfTwoEqualClassesHasAlignmentOneOverRootTwo() {
    // K = 1 within a class, 0 across: sum y y K = 2 m^2, ||K||_F = m sqrt 2, N = 2 m
    int[] labels = {0, 0, 1, 1};
    double[][] k = {{1, 1, 0, 0}, {1, 1, 0, 0}, {0, 0, 1, 1}, {0, 0, 1, 1}};
    assertEquals(1 / Math.sqrt(2), KernelTargetAlignment.of(k, labels), 1e-15);
  }

  @Test
  void trainingBandwidthOfRotationEmbeddingFindsAnalyticOptimum() {
    // |phi(x)> = RX(theta x)|0>: k = cos^2(theta (x - y) / 2). Classes at {0, 2 pi} and
    // {pi, 3 pi} become orthogonal across and identical within at theta = 1, the block kernel.
    ParametrizedBuilder b = new ParametrizedBuilder(1, 1, 1);
    b.rx(0, Param.product(0, 0));
    ParametrizedFeatureMap map = ParametrizedFeatureMap.of(b.build());
    Dataset data = new Dataset(
        new double[][] {{0}, {2 * Math.PI}, {Math.PI}, {3 * Math.PI}}, new int[] {0, 0, 1, 1});
    double before = AlignmentTraining.alignment(map, new double[] {0.8}, data);
    AlignmentTraining.Result result = AlignmentTraining.maximise(map, data, new double[] {0.8},
        new NelderMead(0.1, 1e-12, 1e-14, OptimizerOptions.defaults().withMaxSteps(400)));
    assertEquals(1, result.theta()[0], 1e-5);
    assertEquals(1 / Math.sqrt(2), result.alignment(), 1e-9);
    assertTrue(result.alignment() > before);
  }

  @Test
  void rejectsOneClassOrMismatchedLabelsOrNaN() {
    double[][] k = {{1, 0.5}, {0.5, 1}};
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> KernelTargetAlignment.of(k, new int[] {1, 1}));
    assertTrue(one.getMessage().contains("exactly two classes, got 1"), one.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KernelTargetAlignment.of(k, new int[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> KernelTargetAlignment.of(new double[][] {{1, Double.NaN}, {0, 1}}, new int[] {0, 1}));
  }
}
