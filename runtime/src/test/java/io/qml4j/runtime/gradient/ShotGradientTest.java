package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Shot-based parameter-shift gradients are unbiased estimates whose error shrinks like
 * {@code 1/sqrt(shots)}. The bound: the per-component standard deviation sigma at 1e3 shots is
 * measured from {@value #REPEATS} seeded repetitions; at 1e5 shots it is sigma/10, and every
 * component must be within {@value #SIGMAS} of those sigmas of the exact gradient (a failure
 * probability per component below 1e-6 for a near-normal estimate), and the root-mean-square
 * error must fall from 1e3 to 1e5 shots.
 */
class ShotGradientTest {
  private static final int FEW_SHOTS = 1_000;
  private static final int MANY_SHOTS = 100_000;
  private static final int REPEATS = 30;
  private static final double SIGMAS = 5;

  @Test
  void shotGradientsConvergeToTheExactGradient() {
    SplittableRandom random = new SplittableRandom(2024);
    ParametrizedCircuit c = RandomCircuits.circuit(3, 4, 2, 99);
    double[] theta = RandomCircuits.uniform(random, 4, 0, 2 * Math.PI);
    double[] x = RandomCircuits.uniform(random, 2, -1, 1);
    PauliSum h = PauliSum.parse("0.7 Z0 Z1 - 0.4 X2 + 0.3 Y1");
    double[] exact = Adjoint.gradient(c, theta, x, h).theta();

    double[] sumSquares = new double[exact.length];
    double fewShotsSquaredError = 0;
    for (int r = 0; r < REPEATS; r++) {
      double[] g = ParameterShift.gradient(c, theta, x, h, FEW_SHOTS, 1000 + r).theta();
      for (int k = 0; k < g.length; k++) {
        double d = g[k] - exact[k];
        sumSquares[k] += d * d;
        fewShotsSquaredError += d * d / REPEATS;
      }
    }
    double[] many = ParameterShift.gradient(c, theta, x, h, MANY_SHOTS, 7).theta();
    double manyShotsSquaredError = 0;
    for (int k = 0; k < exact.length; k++) {
      double sigmaFew = Math.sqrt(sumSquares[k] / REPEATS);
      double sigmaMany = sigmaFew * Math.sqrt((double) FEW_SHOTS / MANY_SHOTS);
      double error = Math.abs(many[k] - exact[k]);
      assertTrue(error <= SIGMAS * sigmaMany,
          "component " + k + ": error " + error + " above " + SIGMAS + " x " + sigmaMany);
      manyShotsSquaredError += error * error;
    }
    assertTrue(manyShotsSquaredError < fewShotsSquaredError,
        manyShotsSquaredError + " should be below " + fewShotsSquaredError);
  }

  @Test
  void theSameSeedGivesTheSameGradientAndAnotherSeedAnother() {
    ParametrizedCircuit c = RandomCircuits.circuit(2, 3, 1, 5);
    double[] theta = {0.3, 1.2, -0.7};
    double[] x = {0.4};
    PauliSum h = PauliSum.parse("Z0 + 0.5 X1");
    Gradient a = ParameterShift.gradient(c, theta, x, h, 500, 42);
    Gradient b = ParameterShift.gradient(c, theta, x, h, 500, 42);
    Gradient other = ParameterShift.gradient(c, theta, x, h, 500, 43);
    assertEquals(a, b);
    assertArrayEquals(a.theta(), b.theta(), 0);
    assertNotEquals(a, other);
  }
}
