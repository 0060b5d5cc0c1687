package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinomialTest {
  @Test
  void meanAndVarianceMatchBinomial() {
    SplittableRandom random = new SplittableRandom(1);
    int draws = 20_000;
    for (double p : new double[] {0.003, 0.2, 0.5, 0.93}) {
      int n = 400;
      double sum = 0;
      double squares = 0;
      for (int k = 0; k < draws; k++) {
        int x = Binomial.sample(random, n, p);
        sum += x;
        squares += (double) x * x;
      }
      double mean = sum / draws;
      double variance = squares / draws - mean * mean;
      double sd = Math.sqrt(n * p * (1 - p));
      // sample mean within 5 standard errors; sample variance within 10 %
      assertEquals(n * p, mean, 5 * sd / Math.sqrt(draws), "mean at p=" + p);
      assertEquals(n * p * (1 - p), variance, 0.1 * n * p * (1 - p), "variance at p=" + p);
    }
  }

  @Test
  void certainOutcomesAreExact() {
    SplittableRandom random = new SplittableRandom(2);
    assertEquals(0, Binomial.sample(random, 50, 0));
    assertEquals(50, Binomial.sample(random, 50, 1));
  }
}
