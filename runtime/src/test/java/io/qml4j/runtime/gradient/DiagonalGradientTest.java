package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Adjoint#diagonalGradient}: the weighted sum of basis-state probabilities and its gradient
 * against the simulator's probabilities and central differences.
 */
class DiagonalGradientTest {
  private static final int QUBITS = 3;

  /** A circuit mixing fused rotations, a multi-angle gate, a controlled rotation and CNOTs. */
  private static ParametrizedCircuit circuit() {
    ParametrizedBuilder b = new ParametrizedBuilder(QUBITS, 9, 0);
    b.ry(0, Param.theta(0));
    b.rx(1, Param.theta(1));
    b.ry(1, Param.theta(2));
    b.cnot(0, 1);
    b.rot(2, Param.theta(3), Param.theta(4), Param.theta(5));
    b.cry(1, 2, Param.theta(6));
    b.cnot(2, 0);
    b.rz(0, Param.theta(7));
    b.rx(0, Param.theta(8).times(2));
    return b.build();
  }

  private static double weighted(ParametrizedCircuit c, double[] theta, double[] d) {
    StateVector psi = Simulator.run(c.bind(theta));
    double sum = 0;
    for (int k = 0; k < d.length; k++) {
      sum += d[k] * psi.probability(k);
    }
    return sum;
  }

  @Test
  void matchesCentralDifferences() {
    SplittableRandom random = new SplittableRandom(3);
    ParametrizedCircuit c = circuit();
    double[] theta = new double[c.thetaCount()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = random.nextDouble(-Math.PI, Math.PI);
    }
    double[] d = new double[1 << QUBITS];
    for (int k = 0; k < d.length; k++) {
      d[k] = random.nextDouble(-1, 1);
    }
    Gradient g = Adjoint.diagonalGradient(c, theta, d);
    assertEquals(weighted(c, theta, d), g.value(), 1e-12);
    double h = 1e-5;
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[k] += h;
      minus[k] -= h;
      double central = (weighted(c, plus, d) - weighted(c, minus, d)) / (2 * h);
      assertEquals(central, g.theta()[k], 1e-8, "theta " + k);
    }
    assertTrue(Math.abs(g.theta()[8]) > 1e-3, "the test exercises a non-zero derivative");
  }

  @Test
  void wrongDiagonalIsNamed() {
    ParametrizedCircuit c = circuit();
    double[] theta = new double[c.thetaCount()];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Adjoint.diagonalGradient(c, theta, new double[4]));
    assertEquals("diagonal: expected one weight per basis state (8), got 4", e.getMessage());
    double[] nan = new double[8];
    nan[5] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class,
        () -> Adjoint.diagonalGradient(c, theta, nan));
    assertTrue(e.getMessage().startsWith("diagonal: expected finite numbers, got NaN at index 5"));
  }
}
