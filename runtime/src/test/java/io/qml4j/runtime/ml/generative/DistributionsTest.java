package io.qml4j.runtime.ml.generative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DistributionsTest {
  /** The log-normal density, integrated by Simpson's rule below: independent of erfc. */
  private static double density(double x, double mu, double sigma) {
    double z = (Math.log(x) - mu) / sigma;
    return Math.exp(-0.5 * z * z) / (x * sigma * Math.sqrt(2 * Math.PI));
  }

  private static double simpson(double a, double b, double mu, double sigma) {
    int n = 20000;
    double h = (b - a) / n;
    double sum = density(a, mu, sigma) + density(b, mu, sigma);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * density(a + i * h, mu, sigma);
    }
    return sum * h / 3;
  }

  @Test
  void logNormalBinsAreIntegralsOfTheDensity() {
    double[] p = Distributions.logNormal(3, 1, 1);
    double total = simpson(1e-9, 7.5, 1, 1);
    for (int k = 0; k < 8; k++) {
      double bin = simpson(Math.max(k - 0.5, 1e-9), k + 0.5, 1, 1) / total;
      assertEquals(bin, p[k], 1e-8, "bin " + k);
    }
    assertEquals(1, Arrays.stream(p).sum(), 1e-12);
  }

  @Test
  void gaussianMixturePeaksAtItsMeans() {
    double[] p = Distributions.gaussianMixture(6, new double[] {18, 45}, new double[] {3, 3});
    assertEquals(1, Arrays.stream(p).sum(), 1e-12);
    assertEquals(p[18], Arrays.stream(p, 0, 32).max().getAsDouble());
    assertEquals(p[45], Arrays.stream(p, 32, 64).max().getAsDouble());
    // exp(-(x - m)^2 / (2 s^2)): one sigma from the mean is exp(-1/2) of the peak (the far
    // component adds about e^-32 there)
    assertEquals(Math.exp(-0.5), p[21] / p[18], 1e-12);
  }

  @Test
  void klOfBernoullisIsAnalytic() {
    double[] p = {0.25, 0.75};
    double[] q = {0.5, 0.5};
    assertEquals(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), Distributions.kl(p, q), 1e-15);
    assertEquals(0, Distributions.kl(q, q));
    assertEquals(Double.POSITIVE_INFINITY, Distributions.kl(q, new double[] {1, 0}));
  }

  @Test
  void empiricalCountsRows() {
    double[] p = Distributions.empirical(2, new int[][] {{0, 1}, {0, 1}, {1, 1}, {0, 0}});
    assertEquals(0.25, p[0b00]);
    assertEquals(0.5, p[0b01]);
    assertEquals(0, p[0b10]);
    assertEquals(0.25, p[0b11]);
  }

  @Test
  void datasetOfWrongWidthIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Distributions.empirical(3, new int[][] {{0, 1, 1}, {0, 1}}));
    assertEquals("rows: row 1 has width 2, expected 3 (one bit per qubit)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Distributions.empirical(2, new int[][] {{0, 2}}));
    assertEquals("rows: row 0 has 2 at position 1, expected 0 or 1", e.getMessage());
  }

  @Test
  void notADistributionIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Distributions.kl(new double[] {0.5, 0.6}, new double[] {0.5, 0.5}));
    assertEquals("p: expected probabilities summing to 1, got 1.1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Distributions.logNormal(3, 1, -1));
    assertEquals("sigma: expected a positive number, got -1.0", e.getMessage());
  }
}
