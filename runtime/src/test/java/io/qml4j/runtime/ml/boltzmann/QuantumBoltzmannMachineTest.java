package io.qml4j.runtime.ml.boltzmann;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.generative.Distributions;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuantumBoltzmannMachineTest {
  @Test
  void boundGradientEqualsCentralDifferencesOfTheExactBound() {
    QuantumBoltzmannMachine qbm = new QuantumBoltzmannMachine(3, 2, 1.5, 0.8);
    double[] data = BernoulliMixture.distribution(3, 2, 0.9, 4);
    double[] theta = qbm.initialParameters(0.7, 3);
    double[] g = qbm.boundGradient(data, theta);
    // step 1e-5: truncation ~1e-11, rounding 1e-16 / 1e-5 ~ 1e-11, below the 1e-7 asserted
    double h = 1e-5;
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[k] += h;
      minus[k] -= h;
      double central = (qbm.bound(data, plus) - qbm.bound(data, minus)) / (2 * h);
      assertEquals(central, g[k], 1e-7, "parameter " + k);
    }
  }

  @Test
  void singleUnitGibbsStateIsAnalytic() {
    // H = -b Z - G X has energies -+E, E = sqrt(b^2 + G^2); <0|rho|0> = (1 + (b/E) tanh(E/T)) / 2
    double b = 0.7;
    double gamma = 1.3;
    double t = 0.9;
    QuantumBoltzmannMachine qbm = new QuantumBoltzmannMachine(1, 0, gamma, t);
    double e = Math.hypot(b, gamma);
    double[] p = qbm.visibleDistribution(new double[] {b});
    assertEquals((1 + b / e * Math.tanh(e / t)) / 2, p[0], 1e-14);
    // the clamped H_v = -b z_v: the bound is -ln(exp(b/T) / (2 cosh(E/T))) for data on v = 0
    assertEquals(-(b / t - Math.log(2 * Math.cosh(e / t))),
        qbm.bound(new double[] {1, 0}, new double[] {b}), 1e-14);
  }

  @Test
  void classicalBoundIsTheNegativeLogLikelihood() {
    QuantumBoltzmannMachine bm = new QuantumBoltzmannMachine(3, 2, 0, 1);
    double[] data = BernoulliMixture.distribution(3, 2, 0.8, 1);
    double[] theta = bm.initialParameters(1, 6);
    double[] model = bm.visibleDistribution(theta);
    double nll = 0;
    for (int v = 0; v < data.length; v++) {
      nll -= data[v] * Math.log(model[v]);
    }
    assertEquals(nll, bm.bound(data, theta), 1e-12);
  }

  @Test
  void quantumAndClassicalMachinesLearnTheMixture() {
    double[] data = BernoulliMixture.distribution(4, 2, 0.9, 2);
    QuantumBoltzmannMachine qbm = new QuantumBoltzmannMachine(4, 1, 1, 1);
    double[] start = qbm.initialParameters(0.1, 1);
    OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(100);
    BoltzmannTraining quantum = qbm.train(data, new Adam(0.1, options), start);
    BoltzmannTraining classical = qbm.classical().train(data, new Adam(0.1, options), start);
    for (BoltzmannTraining t : new BoltzmannTraining[] {quantum, classical}) {
      assertTrue(t.finalKl() < 0.2 * t.kls()[0], Arrays.toString(t.kls()));
      assertEquals(t.finalKl(), Distributions.kl(data, (t == quantum ? qbm : qbm.classical())
          .visibleDistribution(t.parameters())), 1e-12);
    }
  }

  @Test
  void fieldTemperatureAndDataWidthAreChecked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new QuantumBoltzmannMachine(3, 1, -0.5, 1));
    assertEquals("field: expected a transverse field in [0, 100.0], got -0.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new QuantumBoltzmannMachine(3, 1, 1, 0));
    assertEquals("temperature: expected a temperature in [0.001, 1000.0], got 0.0",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new QuantumBoltzmannMachine(3, 1, Double.NaN, 1));
    assertTrue(e.getMessage().startsWith("field:"));
    QuantumBoltzmannMachine qbm = new QuantumBoltzmannMachine(3, 1, 1, 1);
    e = assertThrows(IllegalArgumentException.class,
        () -> qbm.bound(BernoulliMixture.distribution(4, 1, 0.9, 1),
            new double[qbm.parameterCount()]));
    assertEquals("data: expected a distribution over 3 visible units (8 probabilities), got 16 "
        + "entries", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> qbm.bound(BernoulliMixture.distribution(3, 1, 0.9, 1), new double[3]));
    assertEquals("theta: expected 10 parameters (4 biases, 6 couplings), got 3", e.getMessage());
  }
}
