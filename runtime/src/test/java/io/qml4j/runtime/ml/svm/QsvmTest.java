package io.qml4j.runtime.ml.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.AdHocDataset;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.kernel.CircuitFeatureMap;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import org.junit.jupiter.api.Test;

class QsvmTest {
  /** Training and test points per class: the paper's 20 training points per class. */
  private static final int TRAIN_PER_CLASS = 20;
  private static final int TEST_PER_CLASS = 50;

  @Test
  void adHocDatasetIsLearnedByZzKernelQsvm() {
    TrainTest data = AdHocDataset.generate(TRAIN_PER_CLASS, TEST_PER_CLASS, AdHocDataset.PAPER_GAP, 42);
    Qsvm qsvm = Qsvm.train(CircuitFeatureMap.zz(2, 2), data.train(), SvmOptions.defaults().withC(100));
    double accuracy = qsvm.accuracy(data.test());
    System.out.printf("QSVM ad hoc (2 qubits, gap 0.3, %d train, %d test): test accuracy %.4f, %s%n",
        data.train().size(), data.test().size(), accuracy, qsvm);
    assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    assertEquals(1.0, qsvm.accuracy(data.train()), 0);
  }

  @Test
  void predictionsDecisionValuesAndProbabilitiesAgree() {
    TrainTest data = AdHocDataset.generate(15, 10, AdHocDataset.PAPER_GAP, 3);
    Qsvm qsvm = Qsvm.train(CircuitFeatureMap.zz(2, 2), data.train(),
        SvmOptions.defaults().withC(100).withProbability(5));
    double[][] x = data.test().features();
    int[] labels = qsvm.predict(x);
    double[] decision = qsvm.decisionValues(x);
    double[][] probabilities = qsvm.probabilities(x);
    for (int i = 0; i < x.length; i++) {
      assertEquals(decision[i] > 0 ? 1 : 0, labels[i]);
      assertEquals(1, probabilities[i][0] + probabilities[i][1], 1e-12);
    }
    // Platt's sigmoid is monotone in the decision value: sorting by one sorts the other
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        if (decision[i] > decision[j] + 1e-9) {
          assertTrue(probabilities[i][1] >= probabilities[j][1] - 1e-12);
        }
      }
    }
    Qsvm again = Qsvm.train(CircuitFeatureMap.zz(2, 2), data.train(),
        SvmOptions.defaults().withC(100).withProbability(5));
    assertArrayEquals(probabilities[0], again.probabilities(x)[0], 0, "seeded Platt scaling");
  }

  @Test
  void kernelRowsAreTheFidelityKernelAgainstTrainingPoints() {
    TrainTest data = AdHocDataset.generate(5, 3, AdHocDataset.PAPER_GAP, 8);
    CircuitFeatureMap zz = CircuitFeatureMap.zz(2, 2);
    Qsvm qsvm = Qsvm.train(zz, data.train(), SvmOptions.defaults());
    double[][] expected = new FidelityKernel(zz).matrix(data.test().features(), data.train().features());
    double[][] rows = qsvm.kernelRows(data.test().features());
    for (int i = 0; i < rows.length; i++) {
      assertArrayEquals(expected[i], rows[i], 0);
    }
  }

  @Test
  void badInputIsRejectedWithTheProblemNamed() {
    TrainTest data = AdHocDataset.generate(4, 2, AdHocDataset.PAPER_GAP, 1);
    Qsvm qsvm = Qsvm.train(CircuitFeatureMap.zz(2, 2), data.train(), SvmOptions.defaults());
    IllegalArgumentException width = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> qsvm.predict(new double[][] {{1, 2, 3}}));
    assertTrue(width.getMessage().contains("row 0 has 3 features, expected 2"), width.getMessage());
    IllegalArgumentException oneClass = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Qsvm.train(CircuitFeatureMap.zz(2, 2),
            new io.qml4j.runtime.ml.data.Dataset(new double[][] {{1, 2}, {3, 4}}, new int[] {1, 1}),
            SvmOptions.defaults()));
    assertTrue(oneClass.getMessage().contains("needs two classes"), oneClass.getMessage());
    IllegalArgumentException features = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Qsvm.train(CircuitFeatureMap.zz(3, 2),
            data.train(), SvmOptions.defaults()));
    assertTrue(features.getMessage().contains("takes 3 features, got 2"), features.getMessage());
  }
}
