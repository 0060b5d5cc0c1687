package io.qml4j.runtime.ml.generative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import org.junit.jupiter.api.Test;

class QganTest {
  @Test
  void discriminatorGradientEqualsCentralDifferences() {
    Discriminator d = new Discriminator(1, 5, 3);
    double[] w = d.initialParameters(4);
    for (int k = 0; k < w.length; k++) {
      w[k] += 0.05 * Math.sin(k); // non-zero biases, so every derivative is exercised
    }
    double[][] inputs = {{-1}, {-0.2}, {0.4}, {1}};
    double[] real = {0.1, 0.4, 0.3, 0.2};
    double[] fake = {0.25, 0.25, 0.25, 0.25};
    double[] lossAndGradient = d.lossAndGradient(w, inputs, real, fake);
    double h = 1e-6;
    for (int k = 0; k < w.length; k++) {
      double[] plus = w.clone();
      double[] minus = w.clone();
      plus[k] += h;
      minus[k] -= h;
      double central = (d.lossAndGradient(plus, inputs, real, fake)[0]
          - d.lossAndGradient(minus, inputs, real, fake)[0]) / (2 * h);
      assertEquals(central, lossAndGradient[1 + k], 1e-8, "weight " + k);
    }
  }

  @Test
  void loadsTheLogNormalOnThreeQubits() {
    Discriminator d = new Discriminator(1, 50, 20);
    Qgan qgan = new Qgan(3, 1, d);
    double[] target = Distributions.logNormal(3, 1, 1);
    QganTraining t = qgan.train(target,
        new Adam(0.002, OptimizerOptions.defaults().withMaxSteps(400)),
        new Adam(0.01, OptimizerOptions.defaults()), qgan.initialGeneratorParameters(0.1, 1),
        d.initialParameters(2));
    assertTrue(t.relativeEntropies()[0] > 0.1, "starts near uniform");
    assertTrue(t.finalRelativeEntropy() < 0.05, "relative entropy " + t.finalRelativeEntropy());
    assertEquals(400, t.epochs());
    int[] samples = qgan.sample(t.generatorParameters(), 500, 3);
    assertArrayEquals(samples, qgan.sample(t.generatorParameters(), 500, 3));
  }

  @Test
  void badInputIsNamed() {
    Qgan qgan = new Qgan(3, 1, new Discriminator(1, 4));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> qgan.train(Distributions.logNormal(2, 1, 1), new Adam(0.1,
            OptimizerOptions.defaults()), new Adam(0.1, OptimizerOptions.defaults()),
            new double[6], new double[qgan.discriminator().parameterCount()]));
    assertEquals("target: expected a distribution on 3 qubits (8 probabilities), got 4",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new Qgan(3, 1, new Discriminator(2, 4)));
    assertTrue(e.getMessage().startsWith("discriminator: expected one that takes one input"));
  }
}
