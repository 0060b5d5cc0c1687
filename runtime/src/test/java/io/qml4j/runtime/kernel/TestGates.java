package io.qml4j.runtime.kernel;

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

  /** {@code length} numbers uniform in [-1, 1): a state, unnormalised. */
  static double[] random(SplittableRandom rnd, int length) {
    double[] s = new double[length];
    for (int i = 0; i < length; i++) {
      s[i] = rnd.nextDouble(-1, 1);
    }
    return s;
  }
}
