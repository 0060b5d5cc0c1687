package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Three rotations joined into one single-precision pass ({@link FloatRealTriples}) agree with the
 * double gates one at a time to single-precision accuracy, as a step on its own (lanes, or the
 * scalar loop without the Vector API) and inside plans, where the double plan's triples on wires
 * above the register are joined.
 */
class FloatRealTriplesTest {
  /** Relative to the largest amplitude: a few float roundings per gate. */
  private static final double TOLERANCE = 2e-6;

  @Test
  void joinedStepEqualsDoubleGatesOneAtATime() {
    SplittableRandom rnd = new SplittableRandom(41);
    int n = 12, dimension = 1 << n;
    for (int trial = 0; trial < 20; trial++) {
      PairStep[] gates = new PairStep[3];
      // strides of 16 and up: above a register of 8 amplitudes
      int[] wires = TestGates.distinctWires(rnd, 3, n - 4);
      for (int g = 0; g < 3; g++) {
        double angle = trial == g ? 2 * Math.atan(1000) : rnd.nextDouble(-3, 3);
        gates[g] = new PairStep(PairStep.Kind.REAL, 0, 1 << (n - 1 - wires[g]),
            TestGates.real(angle));
      }
      double[] expected = FloatPlanTest.state(rnd, n);
      float[] actual = FloatPlanTest.narrow(expected);
      for (int i = 0; i < expected.length; i++) {
        expected[i] = actual[i]; // both start from the same float numbers
      }
      for (PairStep g : gates) {
        g.apply(expected, g.insert, 0, 0, g.units(dimension), null);
      }
      FloatRealTriples joined =
          new FloatRealTriples(new RealTriplesStep(gates[0], gates[1], gates[2]));
      joined.apply(actual, joined.insert, 0, 0, joined.units(dimension), null);
      assertClose(expected, actual, "trial " + trial);
    }
  }

  @Test
  void plansJoinTriplesAndAgreeWithDouble() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int n : new int[] {9, 13, 17}) {
      Plan.Builder b = Plan.builder(n);
      for (int layer = 0; layer < 3; layer++) {
        for (int w = 0; w < n; w++) {
          b.matrix1(0, 1 << (n - 1 - w), TestGates.real(rnd.nextDouble(-3, 3)));
        }
        for (int w = 0; w + 1 < n; w++) {
          b.matrix1(1 << (n - 1 - w), 1 << (n - 2 - w), new double[] {0, 0, 1, 0, 1, 0, 0, 0});
        }
      }
      Plan plan = b.build();
      double[] expected = FloatPlanTest.state(rnd, n);
      float[] actual = FloatPlanTest.narrow(expected);
      for (int i = 0; i < expected.length; i++) {
        expected[i] = actual[i];
      }
      plan.run(expected);
      FloatPlan floats = FloatPlan.of(plan);
      floats.run(actual);
      assertClose(expected, actual, n + " qubits");
      if (Plan.TRIPLES && FloatSimd.KERNELS != null && n >= 13) {
        assertTrue(floats.joinedTriples() > 0, "layers of rotations joined in threes");
      } else if (!Plan.TRIPLES || FloatSimd.KERNELS == null) {
        assertEquals(0, floats.joinedTriples(), "triples off or no float lanes: none joined");
      }
    }
  }

  private static void assertClose(double[] expected, float[] actual, String message) {
    double largest = 0, worst = 0;
    for (int i = 0; i < expected.length; i++) {
      largest = Math.max(largest, Math.abs(expected[i]));
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    }
    assertTrue(worst <= TOLERANCE * largest, message + ": worst difference " + worst
        + " against largest amplitude " + largest);
  }
}
