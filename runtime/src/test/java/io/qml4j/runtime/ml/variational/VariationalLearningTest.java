package io.qml4j.runtime.ml.variational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.MinMaxScaler;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.data.TrainTestSplit;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import org.junit.jupiter.api.Test;

class VariationalLearningTest {
  @Test
  void reuploadingClassifierWithInputScalingLearnsTwoMoons() {
    TrainTest split = TrainTestSplit.stratified(TwoMoons.generate(300, 0.1, 12), 1 / 3.0, 4);
    MinMaxScaler scaler = MinMaxScaler.fit(split.train().features(), -Math.PI / 2, Math.PI / 2);
    Dataset train = scaler.transform(split.train());
    Dataset test = scaler.transform(split.test());
    InputScaledModel model = new InputScaledModel(DataReuploading.model(2, 2, 3));
    VariationalClassifier classifier = VariationalClassifier.train(model, train,
        new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(STEPS).withSeed(1)), 20, 3);
    double accuracy = classifier.accuracy(test);
    System.out.printf("VQC two moons (2 qubits, 3 re-uploading layers, input scaling; %d train, "
        + "%d test, %d steps): test accuracy %.4f, final training loss %.4f%n", train.size(),
        test.size(), STEPS, accuracy, classifier.result().loss());
    assertTrue(accuracy >= 0.90, "test accuracy " + accuracy);
  }

  private static final int STEPS = 300;

  @Test
  void reuploadingRegressorFitsSine() {
    int n = 40;
    double[][] x = new double[n][1];
    double[] y = new double[n];
    double[][] xt = new double[n][1];
    double[] yt = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = -Math.PI + 2 * Math.PI * i / (n - 1);
      y[i] = Math.sin(x[i][0]);
      xt[i][0] = -Math.PI + 2 * Math.PI * (i + 0.5) / n; // test points between training points
      yt[i] = Math.sin(xt[i][0]);
    }
    VariationalRegressor regressor = VariationalRegressor.train(DataReuploading.model(1, 1, 2), x, y,
        new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(400).withSeed(2)), 10, 5);
    double mse = regressor.meanSquaredError(xt, yt);
    System.out.printf("Re-uploading regressor sin(x) on [-pi, pi] (1 qubit, 2 layers, %d train, "
        + "%d test): test MSE %.3g%n", n, n, mse);
    assertTrue(mse <= 1e-3, "test MSE " + mse);
    assertEquals(0, regressor.result().loss(), 1e-3);
  }
}
