package io.qml4j.runtime.ml.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Training, freezing and transfer of the dressed circuit and the feature extractor. */
class FineTuningTest {
  /** Two Gaussian blobs in 4 dimensions, labels 3 and 8, linearly separable with margin. */
  private static Dataset blobs(int perClass, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[2 * perClass][4];
    int[] y = new int[2 * perClass];
    for (int i = 0; i < x.length; i++) {
      int c = i % 2;
      y[i] = c == 0 ? 3 : 8;
      for (int j = 0; j < 4; j++) {
        x[i][j] = (c == 0 ? -1 : 1) * (j < 2 ? 1 : 0) + 0.3 * (2 * random.nextDouble() - 1);
      }
    }
    return new Dataset(x, y);
  }

  private static Adam adam(int steps) {
    return new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(steps).withSeed(1));
  }

  @Test
  void trainingSeparatesBlobsAndLowersTheLoss() {
    Dataset train = blobs(20, 1);
    Dataset test = blobs(20, 2);
    DressedQuantumCircuit start = DressedQuantumCircuit.initial(new DressedShape(4, 2, 2, 2),
        new int[] {8, 3}, 4);
    DressedQuantumCircuit trained = start.train(train, adam(60), 8, FrozenLayers.NONE);
    assertTrue(trained.loss(train) < 0.5 * start.loss(train),
        "loss " + start.loss(train) + " -> " + trained.loss(train));
    assertEquals(1.0, trained.accuracy(test));
    assertArrayEquals(new int[] {3, 8}, trained.labels());
  }

  @Test
  void frozenLayersStayBitForBitAndTheRestMoves() {
    DressedShape shape = new DressedShape(4, 3, 3, 2);
    DressedQuantumCircuit start = DressedQuantumCircuit.initial(shape, new int[] {3, 8}, 9);
    FrozenLayers frozen = FrozenLayers.leading(2);
    DressedQuantumCircuit trained = start.train(blobs(10, 3), adam(15), 5, frozen);
    double[] before = start.parameters();
    double[] after = trained.parameters();
    int firstFree = shape.circuit() + 2 * shape.qubits();
    for (int i = 0; i < firstFree; i++) {
      assertEquals(Double.doubleToRawLongBits(before[i]), Double.doubleToRawLongBits(after[i]),
          "frozen parameter " + i);
    }
    for (int i = firstFree; i < after.length; i++) {
      assertNotEquals(before[i], after[i], "trainable parameter " + i);
    }
    assertEquals(after.length - firstFree, trained.trainable(frozen).length);
    assertArrayEquals(after, start.withTrainable(trained.trainable(frozen), frozen)
        .parameters());
  }

  @Test
  void newOutputLayerKeepsTheInputLayerAndCircuit() {
    DressedQuantumCircuit source = DressedQuantumCircuit.initial(new DressedShape(4, 3, 2, 3),
        new int[] {0, 1, 2}, 1);
    DressedQuantumCircuit target = source.withNewOutputLayer(new int[] {5, 6}, 2);
    DressedShape shape = target.shape();
    assertEquals(new DressedShape(4, 3, 2, 2), shape);
    assertArrayEquals(Arrays.copyOf(source.parameters(), shape.outputWeights()),
        Arrays.copyOf(target.parameters(), shape.outputWeights()));
    assertArrayEquals(source.angles(new double[] {1, 2, 3, 4}),
        target.angles(new double[] {1, 2, 3, 4}));
  }

  @Test
  void learningCurveScoresEveryCheckpointAndTheEnd() {
    Dataset train = blobs(10, 5);
    Dataset test = blobs(10, 6);
    DressedQuantumCircuit start = DressedQuantumCircuit.initial(new DressedShape(4, 2, 2, 2),
        new int[] {3, 8}, 3);
    LearningCurve curve = LearningCurve.train(start, train, test,
        callback -> new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(12).withSeed(2)
            .withCallback(callback)), 5, FrozenLayers.NONE, 5);
    assertArrayEquals(new int[] {0, 5, 10, 12}, curve.steps());
    assertEquals(start.accuracy(test), curve.accuracies()[0]);
    assertEquals(curve.model().accuracy(test), curve.finalAccuracy());
    int reached = curve.firstStepReaching(curve.finalAccuracy());
    assertTrue(reached >= 0 && reached <= 12);
    assertEquals(-1, curve.firstStepReaching(1.5));
  }

  @Test
  void extractorLearnsItsTaskAndHandsOnItsHiddenLayer() {
    Dataset train = blobs(20, 7);
    ClassicalNetwork network = ClassicalNetwork.initial(4, 3, new int[] {3, 8}, 1)
        .train(train, adam(80), 10);
    assertEquals(1.0, network.accuracy(blobs(20, 8)));
    Dataset features = network.features(train);
    assertEquals(3, features.dimension());
    assertArrayEquals(train.labels(), features.labels());
    assertArrayEquals(network.features(train.features(0)), features.features(0));
    for (double h : features.features(0)) {
      assertTrue(Math.abs(h) < 1, "tanh output " + h);
    }
  }

  @Test
  void badInputIsRefusedNamingIt() {
    DressedQuantumCircuit model = DressedQuantumCircuit.initial(new DressedShape(4, 2, 2, 2),
        new int[] {3, 8}, 1);
    Dataset wide = new Dataset(new double[][] {{1, 2, 3, 4, 5}, {1, 2, 3, 4, 6}},
        new int[] {3, 8});
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> model.train(wide, adam(1), 1, FrozenLayers.NONE)).getMessage()
        .contains("train: examples have 5 features, the model takes 4"));
    Dataset stranger = new Dataset(new double[][] {{1, 2, 3, 4}, {1, 2, 3, 5}},
        new int[] {3, 5});
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> model.train(stranger, adam(1), 1, FrozenLayers.NONE)).getMessage()
        .contains("example 1 has label 5, not one of the model's classes [3, 8]"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> model.train(blobs(2, 1), adam(1), 1, FrozenLayers.leading(3))).getMessage()
        .contains("3 variational layers frozen, the circuit has 2"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new DressedShape(4, 17, 2, 2)).getMessage().contains("qubits: expected 1 to 16"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> DressedQuantumCircuit.initial(new DressedShape(4, 2, 2, 2), new int[] {3, 3}, 1))
        .getMessage().contains("label 3 appears twice"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> model.withTrainable(new double[3], FrozenLayers.NONE)).getMessage()
        .contains("got 3 values"));
  }
}
