package io.qml4j.runtime.ml.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitAndScaleTest {
  @Test
  void splitPartitionsTheExamples() {
    Dataset data = TwoMoons.generate(101, 0.1, 5);
    TrainTest split = TrainTestSplit.split(data, 0.25, 1);
    assertEquals(25, split.test().size());
    assertEquals(76, split.train().size());
    Set<String> seen = new HashSet<>();
    for (Dataset part : new Dataset[] {split.train(), split.test()}) {
      for (int i = 0; i < part.size(); i++) {
        assertTrue(seen.add(java.util.Arrays.toString(part.features(i))), "each example once");
      }
    }
    assertEquals(101, seen.size());
  }

  @Test
  void stratifiedSplitKeepsClassBalance() {
    Dataset data = Circles.generate(60, 0.05, 0.5, 2);
    TrainTest split = TrainTestSplit.stratified(data, 0.2, 3);
    assertEquals(12, split.test().size());
    assertEquals(6, java.util.Arrays.stream(split.test().labels()).sum());
    assertEquals(24, java.util.Arrays.stream(split.train().labels()).sum());
  }

  @Test
  void splitRejectsFractionsThatLeaveAnEmptySet() {
    Dataset data = TwoMoons.generate(4, 0, 1);
    assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(data, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(data, 0.05, 1));
    assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(data, 1.2, 1));
  }

  @Test
  void standardScalerGivesZeroMeanUnitVarianceOnTrainingData() {
    double[][] x = {{1, 10, 3}, {2, 20, 3}, {4, 60, 3}};
    double[][] z = StandardScaler.fit(x).transform(x);
    for (int j = 0; j < 3; j++) {
      double mean = 0;
      double squares = 0;
      for (double[] row : z) {
        mean += row[j] / 3;
        squares += row[j] * row[j] / 3;
      }
      assertEquals(0, mean, 1e-12);
      assertEquals(j == 2 ? 0 : 1, squares, 1e-12);
    }
  }

  @Test
  void minMaxScalerMapsTrainingRangeToTarget() {
    double[][] x = {{1, -5}, {3, 5}, {2, 0}};
    MinMaxScaler scaler = MinMaxScaler.fit(x, 0, Math.PI);
    double[][] y = scaler.transform(x);
    assertEquals(0, y[0][0], 1e-15);
    assertEquals(Math.PI, y[1][0], 1e-15);
    assertEquals(Math.PI / 2, y[2][1], 1e-15);
    assertEquals(2 * Math.PI, scaler.transform(new double[] {5, 0})[0], 1e-15, "not clipped");
  }

  @Test
  void scalersAndDatasetRejectBadInput() {
    assertThrows(IllegalArgumentException.class, () -> StandardScaler.fit(new double[0][]));
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> StandardScaler.fit(new double[][] {{1, Double.NaN}}));
    assertTrue(nan.getMessage().contains("x row 0: entry 1 is NaN"), nan.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> MinMaxScaler.fit(new double[][] {{1}}, 1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> StandardScaler.fit(new double[][] {{1, 2}}).transform(new double[] {1}));
    IllegalArgumentException labels = assertThrows(IllegalArgumentException.class,
        () -> new Dataset(new double[][] {{1}, {2}}, new int[] {0}));
    assertTrue(labels.getMessage().startsWith("labels"));
  }
}
