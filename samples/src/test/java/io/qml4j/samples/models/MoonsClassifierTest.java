package io.qml4j.samples.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.MinMaxScaler;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.data.TrainTestSplit;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated re-uploading classifier trains on two moons through the runtime's
 * VariationalClassifier, its gradients coming from the generated adjoint differentiation.
 */
class MoonsClassifierTest {
  private static final int STEPS = 300;

  @Test
  void gradientThroughTheWeightedUploadsMatchesFiniteDifferences() {
    SplittableRandom r = new SplittableRandom(9);
    double[] x = {r.nextDouble(-1.5, 1.5), r.nextDouble(-1.5, 1.5)};
    double[] theta = new double[MoonsClassifierModel.PARAMS];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = r.nextDouble(-Math.PI, Math.PI);
    }
    Gradient g = MoonsClassifierModel.gradient(x, theta);
    assertArrayEquals(MoonsClassifierModel.parameterShiftGradient(x, theta).theta(), g.theta(),
        1e-10);
    double h = 1e-5;
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone(), minus = theta.clone();
      plus[k] += h;
      minus[k] -= h;
      double fd = (MoonsClassifierModel.expectation(x, plus)
          - MoonsClassifierModel.expectation(x, minus)) / (2 * h);
      assertEquals(fd, g.theta()[k], 1e-7, "theta[" + k + "]");
    }
  }

  @Test
  void learnsTwoMoons() {
    TrainTest split = TrainTestSplit.stratified(TwoMoons.generate(300, 0.1, 12), 1 / 3.0, 4);
    MinMaxScaler scaler = MinMaxScaler.fit(split.train().features(), -Math.PI / 2, Math.PI / 2);
    Dataset train = scaler.transform(split.train());
    Dataset test = scaler.transform(split.test());
    DifferentiableModel model = MoonsClassifierModel.differentiable();
    // seeded rotation angles, upload weights 1, then the classifier's head: scale 1, bias 0
    double[] start = new double[model.params() + 2];
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < model.params(); k++) {
      start[k] = k < MoonsClassifier.ROTATIONS ? r.nextDouble(0, 2 * Math.PI) : 1;
    }
    start[model.params()] = 1;
    VariationalClassifier classifier = VariationalClassifier.train(model, train,
        new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(STEPS).withSeed(1)), 20, start);
    double accuracy = classifier.accuracy(test);
    System.out.printf("Generated MoonsClassifierModel on two moons (%d train, %d test, %d Adam "
        + "steps): test accuracy %.4f, final training loss %.4f%n", train.size(), test.size(),
        STEPS, accuracy, classifier.result().loss());
    assertTrue(accuracy >= 0.90, "test accuracy " + accuracy);
  }
}
