package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.qml4j.runtime.observable.PauliSum;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backward sweep in blocks ({@link BlockedBackward}) against the step-by-step sweep on the
 * whole state (a block as large as the state) and against central finite differences: random
 * circuits of every gate kind, and HEA rings whose fused CNOT-and-pair steps land in blocks with
 * high wires, small blocks so that every stage gathers several segments from small states.
 */
class BlockedBackwardTest {
  /** A block size no state reaches: the sweep as it was, one pass per step. */
  private static final int WHOLE_STATE = 30;
  /** The two sweeps add the same terms in another order; relative to the largest derivative. */
  private static final double SAME_SWEEP = 1e-12;
  /** Central differences err by about 1e-11 (see RandomCircuits.STEP). */
  private static final double FINITE_DIFFERENCES = 1e-7;

  @ParameterizedTest
  @CsvSource({"5, 3", "6, 4", "7, 3", "7, 6", "8, 4", "8, 6"})
  void randomCircuitsOfEveryGateAgreeWithTheWholeStateSweepAndFiniteDifferences(int n,
      int blockQubits) {
    SplittableRandom random = new SplittableRandom(31 * n + blockQubits);
    int thetaCount = 5, inputCount = 3;
    ParametrizedCircuit c = RandomCircuits.circuit(n, thetaCount, inputCount, 13 * n);
    double[] theta = RandomCircuits.uniform(random, thetaCount, 0, 2 * Math.PI);
    double[] x = RandomCircuits.uniform(random, inputCount, -1, 1);
    PauliSum h = RandomCircuits.observable(n, random);

    Gradient blocked = Adjoint.gradient(c, theta, x, h, 1, blockQubits);
    Gradient whole = Adjoint.gradient(c, theta, x, h, 1, WHOLE_STATE);

    RandomCircuits.assertSameGradient(whole, blocked, SAME_SWEEP);
    RandomCircuits.assertFiniteDifferences(c, theta, x, h, blocked, FINITE_DIFFERENCES);
  }

  /**
   * The public entry point at 15 qubits: blocks of 14 by default where the Vector API runs the
   * passes, the whole-state sweep without it; either way the whole-state sweep's gradient.
   */
  @Test
  void defaultSettingsAt15QubitsAgreeWithTheWholeStateSweep() {
    ParametrizedCircuit c = RandomCircuits.hea(15, 1);
    double[] theta = RandomCircuits.uniform(new SplittableRandom(15), c.thetaCount(), -Math.PI,
        Math.PI);
    PauliSum h = PauliSum.parse("Z0 + 0.5 X14 Y1");

    Gradient whole = Adjoint.gradient(c, theta, new double[0], h, 1, WHOLE_STATE);
    RandomCircuits.assertSameGradient(whole, Adjoint.gradient(c, theta, h), SAME_SWEEP);
  }

  @ParameterizedTest
  @CsvSource({"8, 4, 1", "9, 6, 1", "14, 9, 2", "14, 7, 3"})
  void heaRingsInBlocksAgreeWithTheWholeStateSweep(int n, int blockQubits, int threads) {
    ParametrizedCircuit c = RandomCircuits.hea(n, 2);
    double[] theta = RandomCircuits.uniform(new SplittableRandom(n), c.thetaCount(), -Math.PI,
        Math.PI);
    PauliSum h = PauliSum.parse("Z0 + 0.5 X" + (n - 1) + " Y1");

    Gradient blocked = Adjoint.gradient(c, theta, new double[0], h, threads, blockQubits);
    Gradient whole = Adjoint.gradient(c, theta, new double[0], h, 1, WHOLE_STATE);

    RandomCircuits.assertSameGradient(whole, blocked, SAME_SWEEP);
    if (n < 10) {
      assertArrayEquals(RandomCircuits.finiteDifferenceTheta(c, theta, new double[0], h),
          blocked.theta(), FINITE_DIFFERENCES);
    }
  }
}
