package io.qml4j.runtime.transpile;

/**
 * Small complex 2x2 matrices as eight doubles {@code [a, b; c, d]}, interleaved real and imaginary
 * parts row by row (the layout of {@link io.qml4j.dsl.GateMatrices}), and the Z-Y-Z Euler angles
 * of a single-qubit unitary.
 */
final class Matrix2 {
  /** Below this an Euler angle or a matrix entry counts as zero. */
  static final double EPS = 1e-12;

  private Matrix2() {}

  /** The identity. */
  static double[] identity() {
    return new double[] {1, 0, 0, 0, 0, 0, 1, 0};
  }

  /**
   * Euler angles {@code {phi, theta, lambda, alpha}} with {@code U = e^{i alpha} RZ(phi)
   * RY(theta) RZ(lambda)}; theta in [0, pi].
   */
  static double[] zyz(double[] u) {
    // det U = e^{2 i alpha}; dividing by e^{i alpha} leaves an SU(2) matrix
    double detRe = u[0] * u[6] - u[1] * u[7] - (u[2] * u[4] - u[3] * u[5]);
    double detIm = u[0] * u[7] + u[1] * u[6] - (u[2] * u[5] + u[3] * u[4]);
    double alpha = Math.atan2(detIm, detRe) / 2;
    double cr = Math.cos(-alpha), ci = Math.sin(-alpha);
    double v00r = u[0] * cr - u[1] * ci, v00i = u[0] * ci + u[1] * cr;
    double v10r = u[4] * cr - u[5] * ci, v10i = u[4] * ci + u[5] * cr;
    double v11r = u[6] * cr - u[7] * ci, v11i = u[6] * ci + u[7] * cr;
    double theta = 2 * Math.atan2(Math.hypot(v10r, v10i), Math.hypot(v00r, v00i));
    // V11 = e^{i (phi + lambda) / 2} cos(theta / 2), V10 = e^{i (phi - lambda) / 2} sin(theta / 2)
    double sum = Math.hypot(v11r, v11i) > EPS ? 2 * Math.atan2(v11i, v11r) : 0;
    double difference = Math.hypot(v10r, v10i) > EPS ? 2 * Math.atan2(v10i, v10r) : 0;
    return new double[] {(sum + difference) / 2, theta, (sum - difference) / 2, alpha};
  }

  /** An angle brought into (-pi, pi]. */
  static double wrap(double angle) {
    double a = Math.IEEEremainder(angle, 2 * Math.PI);
    return a <= -Math.PI ? a + 2 * Math.PI : a;
  }

  /** Whether a rotation angle is a multiple of 2 pi, which rotates by a global phase only. */
  static boolean isTrivial(double angle) {
    return Math.abs(wrap(angle)) < EPS;
  }

  /** Whether the matrix is the identity up to a global phase. */
  static boolean isIdentityUpToPhase(double[] u) {
    return Math.hypot(u[2], u[3]) < EPS && Math.hypot(u[4], u[5]) < EPS
        && Math.abs(u[0] - u[6]) < EPS && Math.abs(u[1] - u[7]) < EPS;
  }
}
