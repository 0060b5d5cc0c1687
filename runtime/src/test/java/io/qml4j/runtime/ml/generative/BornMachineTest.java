package io.qml4j.runtime.ml.generative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import org.junit.jupiter.api.Test;

class BornMachineTest {
  /** Liu and Wang's bandwidths for bars and stripes, on the Hamming distance. */
  private static final double[] SIGMAS = {0.5, 1, 2, 4};

  @Test
  void mmdGradientOnBarsAndStripesEqualsCentralDifferences() {
    BornMachine machine = BornMachine.lattice(3, 3, 2);
    MmdLoss loss = new MmdLoss(9, MmdLoss.Embedding.BINARY, SIGMAS);
    double[] target = BarsAndStripes.distribution(3, 3);
    double[] theta = machine.initialParameters(Math.PI, 5);
    Gradient g = machine.mmdGradient(loss, target, theta);
    assertEquals(loss.value(machine.probabilities(theta), target), g.value(), 1e-15);
    // step 1e-4: truncation h^2 f'''/6 ~ 1e-10 and rounding 1e-17/h ~ 1e-13, below the 1e-7 asked
    double h = 1e-4;
    double worst = 0;
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[k] += h;
      minus[k] -= h;
      double central = (loss.value(machine.probabilities(plus), target)
          - loss.value(machine.probabilities(minus), target)) / (2 * h);
      worst = Math.max(worst, Math.abs(central - g.theta()[k]));
    }
    assertTrue(worst < 1e-7, "largest difference " + worst);
  }

  @Test
  void learnsThreeByThreeBarsAndStripes() {
    BornMachine machine = BornMachine.lattice(3, 3, 6);
    MmdLoss loss = new MmdLoss(9, MmdLoss.Embedding.BINARY, SIGMAS);
    double[] target = BarsAndStripes.distribution(3, 3);
    BornTraining t = machine.train(loss, target,
        new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(300)),
        machine.initialParameters(0.6, 2));
    assertTrue(t.finalKl() < 0.1, "KL " + t.finalKl());
    assertTrue(t.kls()[0] > 1, "starts far from the data: KL " + t.kls()[0]);
    int[] samples = machine.sample(t.parameters(), 2000, 11);
    assertArrayEquals(samples, machine.sample(t.parameters(), 2000, 11));
    long valid = java.util.Arrays.stream(samples)
        .filter(s -> BarsAndStripes.isPattern(s, 3, 3)).count();
    assertTrue(valid > 0.9 * samples.length, valid + " of 2000 samples are patterns");
  }

  @Test
  void parameterCountFollowsThePaper() {
    // Liu and Wang: 3 angles per wire per layer, less the first and last RZ: n (3 (d + 1) - 2)
    assertEquals(9 * (3 * 5 - 2), BornMachine.lattice(3, 3, 4).parameterCount());
    assertEquals(6 * (3 * 11 - 2), BornMachine.chain(6, 10).parameterCount());
  }

  @Test
  void badInputIsNamed() {
    BornMachine machine = BornMachine.chain(3, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> machine.mmdGradient(new MmdLoss(4, MmdLoss.Embedding.BINARY, 1),
            BarsAndStripes.distribution(2, 2), new double[machine.parameterCount()]));
    assertTrue(e.getMessage().startsWith("loss: expected an MmdLoss on 3 qubits"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new BornMachine(3, 1, new int[][] {{0, 3}}));
    assertEquals("pairs: pair 0 is not two different wires in 0..2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> machine.train(
        new MmdLoss(3, MmdLoss.Embedding.BINARY, 1), BarsAndStripes.distribution(2, 2),
        new Adam(0.1, OptimizerOptions.defaults()), new double[machine.parameterCount()]));
    assertEquals("target: expected a distribution on 3 qubits (8 entries), got 4 qubits",
        e.getMessage());
  }
}
