package io.qml4j.runtime.ml.variational;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Every analytic derivative against central finite differences of the values it differentiates. */
class GradientsTest {
  /** Step of the central differences: error h^2 f''' / 6 ~ 1e-10, rounding 1e-16 / h ~ 1e-11. */
  private static final double H = 1e-5;
  private static final double TOLERANCE = 1e-8;

  @Test
  void circuitModelExpectationIsAnalyticForOneRotation() {
    ParametrizedBuilder b = new ParametrizedBuilder(1, 1, 1);
    b.ry(0, Param.theta(0).plus(Param.x(0)));
    CircuitModel model = new CircuitModel(b.build(), List.of(PauliSum.z(0), PauliSum.x(0)));
    double[] e = model.expectations(new double[] {0.3}, new double[] {0.9});
    assertEquals(Math.cos(1.2), e[0], 1e-14);
    assertEquals(Math.sin(1.2), e[1], 1e-14);
    assertEquals(-Math.sin(1.2), model.jacobian(new double[] {0.3}, new double[] {0.9})[0][0], 1e-14);
  }

  @Test
  void circuitModelAndInputScalingJacobiansMatchFiniteDifferences() {
    CircuitModel reuploading = new CircuitModel(DataReuploading.circuit(3, 4, 2),
        List.of(PauliSum.z(0), PauliSum.parse("0.5 X1 Z2 - 0.3 Y0")));
    for (DifferentiableModel model : new DifferentiableModel[] {reuploading,
        new InputScaledModel(reuploading)}) {
      SplittableRandom random = new SplittableRandom(4);
      double[] x = random(random, model.inputs());
      double[] theta = random(random, model.params());
      double[][] jacobian = model.jacobian(x, theta);
      double[][] inputJacobian = model.inputJacobian(x, theta);
      for (int o = 0; o < model.outputs(); o++) {
        int out = o;
        for (int k = 0; k < model.params(); k++) {
          assertEquals(difference(t -> model.expectations(x, t)[out], theta, k),
              jacobian[o][k], TOLERANCE, "d output " + o + " / d theta " + k);
        }
        for (int j = 0; j < model.inputs(); j++) {
          assertEquals(difference(v -> model.expectations(v, theta)[out], x, j),
              inputJacobian[o][j], TOLERANCE, "d output " + o + " / d x " + j);
        }
      }
    }
  }

  @Test
  void inputScalingStartsAtUnitWeightsAndScalesInputs() {
    CircuitModel inner = DataReuploading.model(2, 2, 1);
    InputScaledModel scaled = new InputScaledModel(inner);
    double[] theta = scaled.initialParameters(9);
    assertEquals(1, theta[inner.params()], 0);
    assertEquals(1, theta[inner.params() + 1], 0);
    theta[inner.params()] = 2;
    double[] x = {0.4, -0.7};
    assertEquals(inner.expectations(new double[] {0.8, -0.7}, java.util.Arrays.copyOf(theta, inner.params()))[0],
        scaled.expectations(x, theta)[0], 1e-15);
  }

  @Test
  void classifierLossGradientsMatchFiniteDifferences() {
    Dataset data = new Dataset(new double[][] {{0.2, 1.1}, {-0.5, 0.3}, {1.4, -0.9}},
        new int[] {0, 1, 2});
    // binary: one output; three classes: one output per class
    DifferentiableModel binary = DataReuploading.model(2, 2, 2);
    DifferentiableModel perClass = new CircuitModel(DataReuploading.circuit(3, 2, 2),
        List.of(PauliSum.z(0), PauliSum.z(1), PauliSum.z(2)));
    for (DifferentiableModel model : new DifferentiableModel[] {binary, perClass}) {
      int classes = model.outputs() == 1 ? 2 : 3;
      VariationalClassifier c = probe(model, classes);
      double[] params = random(new SplittableRandom(6), model.params() + 1 + model.outputs());
      for (int i = 0; i < classes; i++) {
        double[] x = data.features(i);
        int target = i;
        double[] gradient = new double[params.length];
        c.lossAndGradient(x, target, params, gradient);
        for (int k = 0; k < params.length; k++) {
          assertEquals(difference(p -> c.lossAndGradient(x, target, p, new double[p.length]), params, k),
              gradient[k], TOLERANCE, model.outputs() + " outputs, parameter " + k);
        }
      }
    }
  }

  @Test
  void regressorLossGradientMatchesFiniteDifferences() {
    DifferentiableModel model = new InputScaledModel(DataReuploading.model(1, 1, 3));
    double[][] x = {{0.7}};
    double[] y = {0.25};
    VariationalRegressor r = VariationalRegressor.train(model, x, y,
        new io.qml4j.runtime.ml.optim.GradientDescent(1e-9,
            io.qml4j.runtime.ml.optim.OptimizerOptions.defaults().withMaxSteps(1)), 1, 1);
    double[] params = random(new SplittableRandom(7), model.params() + 2);
    double[] gradient = new double[params.length];
    r.lossAndGradient(x[0], y[0], params, gradient);
    for (int k = 0; k < params.length; k++) {
      assertEquals(difference(p -> r.lossAndGradient(x[0], y[0], p, new double[p.length]), params, k),
          gradient[k], TOLERANCE, "parameter " + k);
    }
  }

  @Test
  void lossesMatchTheirDefinitionsAndStayFinite() {
    for (double z : new double[] {-3, 0, 0.4, 5}) {
      double p = 1 / (1 + Math.exp(-z));
      assertEquals(-Math.log(p), Losses.sigmoidCrossEntropy(z, 1), 1e-13);
      assertEquals(-Math.log(1 - p), Losses.sigmoidCrossEntropy(z, 0), 1e-13);
    }
    assertEquals(800, Losses.sigmoidCrossEntropy(800, 0), 1e-12);
    assertEquals(0, Losses.sigmoidCrossEntropy(800, 1), 1e-12);
    double[] z = {0.3, -1.2, 2.0};
    double[] g = new double[3];
    double loss = Losses.softmaxCrossEntropy(z, 2, g);
    double norm = Math.exp(0.3) + Math.exp(-1.2) + Math.exp(2.0);
    assertEquals(-Math.log(Math.exp(2.0) / norm), loss, 1e-14);
    for (int k = 0; k < 3; k++) {
      int kk = k;
      assertEquals(difference(v -> Losses.softmaxCrossEntropy(v, 2, new double[3]), z, kk), g[k], 1e-9);
    }
  }

  /** A classifier whose parameters are irrelevant: only its loss function is probed. */
  private static VariationalClassifier probe(DifferentiableModel model, int classes) {
    double[][] x = new double[classes][model.inputs()];
    int[] labels = new int[classes];
    for (int i = 0; i < classes; i++) {
      labels[i] = i;
    }
    return VariationalClassifier.train(model, new Dataset(x, labels),
        new io.qml4j.runtime.ml.optim.GradientDescent(1e-9,
            io.qml4j.runtime.ml.optim.OptimizerOptions.defaults().withMaxSteps(1)), 1, 1);
  }

  private static double difference(ToDoubleFunction<double[]> f, double[] at, int k) {
    double[] plus = at.clone();
    double[] minus = at.clone();
    plus[k] += H;
    minus[k] -= H;
    return (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * H);
  }

  private static double[] random(SplittableRandom random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 4 * random.nextDouble() - 2;
    }
    return v;
  }
}
