package io.qml4j.runtime.ml.generative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MmdLossTest {
  /**
   * The MMD as Gretton et al. write it, {@code E K(x, x') - 2 E K(x, y) + E K(y, y')}, with the
   * kernel from its definition: a different summation from the class's {@code (p - q)^T K (p - q)}.
   */
  private static double expectationForm(double[] p, double[] q, double[] sigmas, boolean binary) {
    double pp = 0;
    double pq = 0;
    double qq = 0;
    for (int x = 0; x < p.length; x++) {
      for (int y = 0; y < p.length; y++) {
        double d2 = binary ? Integer.bitCount(x ^ y) : (x - y) * (x - y);
        double k = 0;
        for (double s : sigmas) {
          k += Math.exp(-d2 / (2 * s * s)) / sigmas.length;
        }
        pp += p[x] * p[y] * k;
        pq += p[x] * q[y] * k;
        qq += q[x] * q[y] * k;
      }
    }
    return pp - 2 * pq + qq;
  }

  @Test
  void valueMatchesTheExpectationForm() {
    double[] p = Distributions.gaussianMixture(4, new double[] {3, 11}, new double[] {2, 1.5});
    double[] q = Distributions.logNormal(4, 1.5, 0.7);
    double[] sigmas = {0.25, 4};
    assertEquals(expectationForm(p, q, sigmas, false),
        new MmdLoss(4, MmdLoss.Embedding.INTEGER, sigmas).value(p, q), 1e-13);
    double[] bas = BarsAndStripes.distribution(2, 2);
    double[] sig = {0.5, 1, 2, 4};
    assertEquals(expectationForm(bas, q, sig, true),
        new MmdLoss(4, MmdLoss.Embedding.BINARY, sig).value(bas, q), 1e-13);
  }

  @Test
  void gradientIsTheDerivativeInP() {
    MmdLoss loss = new MmdLoss(3, MmdLoss.Embedding.BINARY, 0.5, 2);
    double[] p = Distributions.logNormal(3, 1, 1);
    double[] q = Distributions.gaussianMixture(3, new double[] {2}, new double[] {1});
    double[] g = loss.gradient(p, q);
    // the quadratic form's derivative along e_a - e_b keeps both arguments distributions
    double h = 1e-6;
    double[] plus = p.clone();
    double[] minus = p.clone();
    plus[1] += h;
    plus[5] -= h;
    minus[1] -= h;
    minus[5] += h;
    assertEquals(g[1] - g[5], (loss.value(plus, q) - loss.value(minus, q)) / (2 * h), 1e-9);
    assertEquals(0, loss.value(q, q), 1e-18);
    assertTrue(loss.value(p, q) > 0);
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MmdLoss(3, MmdLoss.Embedding.BINARY, 0.5, -1));
    assertEquals("sigmas: expected positive bandwidths, got -1.0", e.getMessage());
    MmdLoss loss = new MmdLoss(3, MmdLoss.Embedding.BINARY, 1);
    e = assertThrows(IllegalArgumentException.class,
        () -> loss.value(BarsAndStripes.distribution(2, 2), BarsAndStripes.distribution(2, 2)));
    assertEquals("p: expected a distribution on 3 qubits (8 entries), got 4 qubits",
        e.getMessage());
  }
}
