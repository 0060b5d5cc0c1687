package io.qml4j.runtime.gradient;

/**
 * The inner loop of an {@link AdjointSteps} pass over contiguous runs of amplitudes: one RX, RY or
 * RZ read and peeled off phi and lambda. The one implementation, {@code VectorRotationKernels},
 * uses the incubating Vector API and is loaded by {@link AdjointSimd} only where the kernels'
 * SIMD path is on; without it the scalar loops of {@link AdjointSteps} run.
 */
interface RotationKernels {
  /** Doubles per SIMD register: runs shorter than this stay scalar. */
  int lanes();

  /**
   * {@link AdjointSteps#rx}, {@code ry} or {@code rz} for the rotation about {@code axis}
   * ({@link AdjointSteps#X}, {@code Y} or {@code Z}) on the wire of stride t, whose runs of t
   * amplitudes fill a register: returns the derivative {@code 2 Re <lambda| -i/2 P |phi>} and
   * peels {@code R(t)^dagger} off both states.
   */
  double single(int axis, double[] phi, double[] lambda, int t, double cos, double sin);

  /**
   * The pass of {@link AdjointSteps#addPairOnRange} (arguments checked there) whose runs, of
   * {@code min(control, t)} amplitudes or t without a CNOT, fill a register.
   */
  void pair(double[] phi, double[] lambda, int control, int t, int axisA, double cosA,
      double sinA, int axisB, double cosB, double sinB, double[] dAngle, int slotA, int slotB,
      int from, int to);
}
