package io.qml4j.runtime.ml.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrecomputedKernelSvmTest {
  // 1-D points; class 5 left of 0, class 9 right of it
  private static final double[] X = {-3, -2, -1.5, 1, 2.5, 4};
  private static final int[] Y = {5, 5, 5, 9, 9, 9};

  @Test
  void linearKernelSeparatesAndDecisionValueIsTheMaxMarginHyperplane() {
    PrecomputedKernelSvm svm = PrecomputedKernelSvm.train(linear(X, X), Y,
        SvmOptions.defaults().withC(1e6).withTolerance(1e-9));
    assertArrayEquals(new int[] {5, 9}, svm.classes());
    double[] tests = {-10, -1.3, 0.8, 7};
    assertArrayEquals(new int[] {5, 5, 9, 9}, svm.predict(linear(tests, X)));
    // hard margin between -1.5 and 1: f(x) = w x + b with f(-1.5) = -1, f(1) = +1
    double w = 2 / 2.5;
    double b = 1 - w;
    double[] decision = svm.decisionValues(linear(tests, X));
    for (int i = 0; i < tests.length; i++) {
      assertEquals(w * tests[i] + b, decision[i], 1e-6);
    }
    assertArrayEquals(new int[] {2, 3}, java.util.Arrays.stream(svm.supportVectorIndices()).sorted().toArray());
  }

  @Test
  void badTrainingInputIsRejectedWithTheProblemNamed() {
    SvmOptions o = SvmOptions.defaults();
    assertMessage("kernel: expected a training set, got 0",
        () -> PrecomputedKernelSvm.train(new double[0][0], new int[0], o));
    assertMessage("labels: expected one per kernel row (6), got 5",
        () -> PrecomputedKernelSvm.train(linear(X, X), new int[5], o));
    assertMessage("every training example has label 1",
        () -> PrecomputedKernelSvm.train(linear(X, X), new int[] {1, 1, 1, 1, 1, 1}, o));
    assertMessage("expected exactly two classes, got 3",
        () -> PrecomputedKernelSvm.train(linear(X, X), new int[] {1, 2, 3, 1, 2, 3}, o));
    double[][] nan = linear(X, X);
    nan[2][4] = Double.NaN;
    assertMessage("kernel: entry (2, 4) is NaN", () -> PrecomputedKernelSvm.train(nan, Y, o));
    assertMessage("kernel: row 0 has 5 kernel values",
        () -> PrecomputedKernelSvm.train(linear(X, new double[] {1, 2, 3, 4, 5}), Y, o));
    assertThrows(IllegalArgumentException.class, () -> o.withC(0));
  }

  @Test
  void badPredictionInputIsRejected() {
    PrecomputedKernelSvm svm = PrecomputedKernelSvm.train(linear(X, X), Y, SvmOptions.defaults());
    assertMessage("rows: row 0 has 2 kernel values, expected one per training example (6)",
        () -> svm.predict(new double[][] {{1, 2}}));
    IllegalStateException noProbabilities = assertThrows(IllegalStateException.class,
        () -> svm.probabilities(linear(X, X)));
    assertTrue(noProbabilities.getMessage().contains("withProbability"));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private static double[][] linear(double[] a, double[] b) {
    double[][] k = new double[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        k[i][j] = a[i] * b[j];
      }
    }
    return k;
  }
}
