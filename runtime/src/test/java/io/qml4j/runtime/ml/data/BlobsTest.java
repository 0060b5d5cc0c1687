package io.qml4j.runtime.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlobsTest {
  @Test
  void classesAlternateAndSitAroundTheirCentres() {
    Dataset d = Blobs.generate(20_000, 0.7, 0.35, 3);
    double[][] x = d.features();
    double[] sum = new double[2], squares = new double[2];
    for (int i = 0; i < d.size(); i++) {
      assertEquals(i % 2, d.label(i));
      double sign = d.label(i) == 0 ? -1 : 1;
      for (double v : x[i]) {
        double off = v - sign * 0.7;
        sum[d.label(i)] += off;
        squares[d.label(i)] += off * off;
      }
    }
    for (int c = 0; c < 2; c++) {
      double n = d.size(); // two coordinates per example, half the examples per class
      assertEquals(0, sum[c] / n, 5 * 0.35 / Math.sqrt(n), "mean offset of class " + c);
      assertEquals(0.35, Math.sqrt(squares[c] / n), 0.01, "spread of class " + c);
    }
  }

  @Test
  void theSameSeedGivesTheSameData() {
    assertArrayEquals(Blobs.generate(10, 0.7, 0.35, 5).features(),
        Blobs.generate(10, 0.7, 0.35, 5).features());
  }

  @Test
  void badArgumentsAreNamed() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Blobs.generate(1, 0.7, 0.35, 1)).getMessage().startsWith("samples:"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Blobs.generate(10, 0.7, -1, 1)).getMessage().startsWith("sigma:"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Blobs.generate(10, Double.NaN, 0.35, 1)).getMessage().startsWith("center:"));
  }
}
