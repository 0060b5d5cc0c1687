package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;

/** Gates and states the joined-step tests build their circuits from. */
final class TestGates {
  private TestGates() {}

  /** RY(angle) as {@link Plan.Builder#matrix1} takes it: a real 2x2 matrix. */
  static double[] real(double angle) {
    double c = Math.cos(angle / 2), s = Math.sin(angle / 2);
    return new double[] {c, 0, -s, 0, s, 0, c, 0};
  }

  /**
   * {@code [[cos, sin], [sin, -cos]]} of half the angle: real and unitary but not a rotation, so
   * that {@link RealTriplesStep}, which equals the gates only to rounding, joins none of them in
   * tests of the joins that are exact.
   */
  static double[] reflection(double angle) {
    double c = Math.cos(angle / 2), s = Math.sin(angle / 2);
    return new double[] {c, 0, s, 0, s, 0, -c, 0};
  }

  /**
   * Adds the gate {@code m} (on {@code target}, with {@code controls}) to the plan under test and
   * applies it alone, in a plan of its own, to {@code sequential}: the reference the joined
   * passes are checked against.
   */
  static void addGate(Plan.Builder joined, double[] sequential, int n, int tile, int controls,
      int target, double[] m) {
    joined.matrix1(controls, target, m);
    Plan.builder(n, tile).matrix1(controls, target, m).build().run(sequential);
  }

  /** {@code count} distinct wires, each below {@code below}, in the order drawn. */
  static int[] distinctWires(SplittableRandom rnd, int count, int below) {
    int[] wires = new int[count];
    int used = 0;
    for (int k = 0; k < count; k++) {
      int w;
      do {
        w = rnd.nextInt(below);
      } while ((used & 1 << w) != 0);
      used |= 1 << w;
      wires[k] = w;
    }
    return wires;
  }

  /** {@code length} numbers uniform in [-1, 1): a state, unnormalised. */
  static double[] random(SplittableRandom rnd, int length) {
    double[] s = new double[length];
    for (int i = 0; i < length; i++) {
      s[i] = rnd.nextDouble(-1, 1);
    }
    return s;
  }

  /**
   * The checks of a joined plan: its passes give the plan's gates applied one by one, in the
   * plan's order, bit for bit; and that order (which moves gates past others on disjoint wires)
   * gives the circuit's order to rounding.
   */
  static void assertJoinsExact(Plan plan, double[] start, double[] sequential, double[] actual,
      String what) {
    double[] oneByOne = start.clone();
    plan.runOneByOne(oneByOne);
    assertArrayEquals(oneByOne, actual, 0.0,
        what + ": joined passes against the plan's gates one by one");
    double largest = 0;
    for (double v : sequential) {
      largest = Math.max(largest, Math.abs(v));
    }
    assertArrayEquals(sequential, actual, 1e-13 * largest,
        what + ": against the circuit's order");
  }
}
