package io.qml4j.runtime.ml.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BarrenPlateausTest {
  @Test
  void costsOfBasisStates() {
    assertEquals(0, PlateauCost.GLOBAL.value(StateVector.zero(3)), 0);
    assertEquals(0, PlateauCost.LOCAL.value(StateVector.zero(3)), 0);
    double[] amplitudes = new double[16];
    amplitudes[2 * 0b001] = 1; // |001>: one qubit of three reads 1
    StateVector s = StateVector.of(3, amplitudes);
    assertEquals(1, PlateauCost.GLOBAL.value(s), 0);
    assertEquals(1.0 / 3, PlateauCost.LOCAL.value(s), 1e-15);
  }

  @Test
  void identityBlocksLeaveOnlyTheInitialLayer() {
    RandomLayers blocks = RandomLayers.identityBlocks(4, 6, 3);
    double[] theta = blocks.identityStart(new SplittableRandom(9));
    // RY(pi/4) on every qubit: P(0) = cos^2(pi/8) per qubit
    double p0 = Math.pow(Math.cos(Math.PI / 8), 2);
    assertEquals(1 - Math.pow(p0, 4),
        BarrenPlateaus.cost(blocks.circuit(), PlateauCost.GLOBAL, theta), 1e-12);
    assertEquals(1 - p0, BarrenPlateaus.cost(blocks.circuit(), PlateauCost.LOCAL, theta), 1e-12);
  }

  @Test
  void parameterShiftDerivativeEqualsCentralDifferences() {
    RandomLayers layers = RandomLayers.random(3, 4, 5);
    double[] theta = layers.randomStart(new SplittableRandom(2));
    double h = 1e-5;
    for (PlateauCost cost : PlateauCost.values()) {
      for (int k : new int[] {0, 5, 11}) {
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        plus[k] += h;
        minus[k] -= h;
        double fd = (BarrenPlateaus.cost(layers.circuit(), cost, plus)
            - BarrenPlateaus.cost(layers.circuit(), cost, minus)) / (2 * h);
        assertEquals(fd, BarrenPlateaus.shiftDerivative(layers.circuit(), cost, theta, k), 1e-9);
      }
    }
  }

  @Test
  void globalVarianceFallsFasterWithQubitsThanLocalAndIdentityBlocksSlowIt() {
    int[] qubits = {2, 4, 6};
    double[][] v = new double[3][qubits.length];
    for (int i = 0; i < qubits.length; i++) {
      v[0][i] = BarrenPlateaus.gradientVariance(qubits[i], 6, PlateauCost.GLOBAL, false, 60, 1)
          .variance();
      v[1][i] = BarrenPlateaus.gradientVariance(qubits[i], 6, PlateauCost.LOCAL, false, 60, 1)
          .variance();
      v[2][i] = BarrenPlateaus.gradientVariance(qubits[i], 6, PlateauCost.GLOBAL, true, 60, 1)
          .variance();
    }
    double global = BarrenPlateaus.decayRate(qubits, v[0]);
    double local = BarrenPlateaus.decayRate(qubits, v[1]);
    double identity = BarrenPlateaus.decayRate(qubits, v[2]);
    // measured: 1.2 global, 0.5 local, 0.3 with identity blocks (10 layers, 200 samples)
    assertTrue(global > 0.8, "global rate " + global);
    assertTrue(local < global / 1.5, "local " + local + " vs global " + global);
    assertTrue(identity < global / 2, "identity blocks " + identity + " vs " + global);
  }

  @Test
  void decayRateRecoversAnExactExponential() {
    int[] n = {2, 4, 6, 8};
    double[] v = new double[n.length];
    for (int i = 0; i < n.length; i++) {
      v[i] = 0.3 * Math.exp(-0.7 * n[i]);
    }
    assertEquals(0.7, BarrenPlateaus.decayRate(n, v), 1e-12);
  }

  @Test
  void badInputIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BarrenPlateaus.decayRate(new int[] {2, 4}, new double[] {0.1, 0}));
    assertEquals("variances: entry 1 is 0.0, expected a positive number", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RandomLayers.identityBlocks(3, 5, 1));
    assertEquals("layers: identity blocks pair the layers, so expected an even count, got 5",
        e.getMessage());
  }
}
