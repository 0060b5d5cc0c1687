package io.qml4j.samples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.ml.data.MinMaxScaler;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureScalingTest {
  @Test
  void matchesTheRuntimeScalerBitForBit() {
    SplittableRandom random = new SplittableRandom(5);
    double[][] x = new double[30][3];
    for (double[] row : x) {
      row[0] = random.nextDouble(-4, 9);
      row[1] = random.nextDouble(1e-3, 2e-3);
      row[2] = 7; // constant: maps to the middle
    }
    MinMaxScaler runtime = MinMaxScaler.fit(x, -Math.PI / 2, Math.PI / 2);
    double[] min = x[0].clone();
    double[] max = x[0].clone();
    for (double[] row : x) {
      for (int j = 0; j < 3; j++) {
        min[j] = Math.min(min[j], row[j]);
        max[j] = Math.max(max[j], row[j]);
      }
    }
    double[] span = {max[0] - min[0], max[1] - min[1], max[2] - min[2]};
    FeatureScaling scaling = new FeatureScaling(min, span, -Math.PI / 2, Math.PI / 2);
    for (int i = 0; i < 100; i++) {
      double[] row = {random.nextDouble(-6, 11), random.nextDouble(0, 3e-3), 7};
      double[] expected = runtime.transform(row);
      double[] got = scaling.apply(row);
      for (int j = 0; j < 3; j++) {
        assertEquals(Double.doubleToRawLongBits(expected[j]), Double.doubleToRawLongBits(got[j]));
      }
    }
  }

  @Test
  void identityReturnsEveryValueUnchanged() {
    double[] row = {-0.0, 1e-300, Math.PI, -7.25, Double.MAX_VALUE / 2};
    double[] got = FeatureScaling.identity(row.length).apply(row);
    for (int j = 0; j < row.length; j++) {
      assertEquals(Double.doubleToRawLongBits(row[j] + 0.0), Double.doubleToRawLongBits(got[j]));
    }
  }
}
