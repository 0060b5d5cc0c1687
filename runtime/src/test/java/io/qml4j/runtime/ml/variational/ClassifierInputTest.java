package io.qml4j.runtime.ml.variational;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ClassifierInputTest {
  private static final DifferentiableModel MODEL = DataReuploading.model(2, 2, 1);
  private static final Adam ADAM = new Adam(0.1, OptimizerOptions.defaults().withMaxSteps(2));

  @Test
  void classifierRejectsBadTrainingSets() {
    assertMessage("got 0 examples", () -> VariationalClassifier.train(MODEL,
        new Dataset(new double[0][], new int[0]), ADAM, 4, 1));
    assertMessage("every example has label 3", () -> VariationalClassifier.train(MODEL,
        new Dataset(new double[][] {{1, 2}, {3, 4}}, new int[] {3, 3}), ADAM, 4, 1));
    assertMessage("3 classes [0, 1, 2], but the model has 1 output(s)",
        () -> VariationalClassifier.train(MODEL,
            new Dataset(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {0, 1, 2}), ADAM, 4, 1));
    assertMessage("examples have 3 features, the model takes 2",
        () -> VariationalClassifier.train(MODEL,
            new Dataset(new double[][] {{1, 2, 3}, {3, 4, 5}}, new int[] {0, 1}), ADAM, 4, 1));
    assertMessage("start: expected 8 parameters", () -> VariationalClassifier.train(MODEL,
        new Dataset(new double[][] {{1, 2}, {3, 4}}, new int[] {0, 1}), ADAM, 4, new double[3]));
    assertMessage("entry 1 is NaN",
        () -> new Dataset(new double[][] {{1, Double.NaN}}, new int[] {0}));
  }

  @Test
  void trainedClassifierRejectsPointsOfTheWrongLength() {
    VariationalClassifier c = VariationalClassifier.train(MODEL,
        new Dataset(new double[][] {{1, 2}, {3, 4}}, new int[] {0, 1}), ADAM, 2, 1);
    assertMessage("row 0 has 1 features, expected 2", () -> c.predict(new double[][] {{1}}));
  }

  @Test
  void regressorRejectsBadInput() {
    double[][] x = {{0.1, 0.2}, {0.3, 0.4}};
    assertMessage("y: expected one target per example (2), got 1",
        () -> VariationalRegressor.train(MODEL, x, new double[] {1}, ADAM, 2, 1));
    assertMessage("y: entry 0 is NaN",
        () -> VariationalRegressor.train(MODEL, x, new double[] {Double.NaN, 1}, ADAM, 2, 1));
    DifferentiableModel twoOutputs = new CircuitModel(DataReuploading.circuit(2, 2, 1),
        List.of(PauliSum.z(0), PauliSum.z(1)));
    assertMessage("a regressor reads one output, the model has 2",
        () -> VariationalRegressor.train(twoOutputs, x, new double[] {1, 2}, ADAM, 2, 1));
    assertMessage("observables: observable 0 acts on wire 3",
        () -> new CircuitModel(new ParametrizedBuilder(2, 0, 0).build(), List.of(PauliSum.z(3))));
  }

  private static void assertMessage(String expected, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
