package io.qml4j.runtime.kernel;

/**
 * {@code exp(-i angle P / 2)} for a Pauli word with at least one X or Y, written as
 * {@code P = i^ny X^xmask Z^zmask}: each amplitude pairs with the one that differs in the X bits.
 */
final class PauliRotationStep extends Step {
  private final int xmask, zmask;
  private final double gr, gi, cos, sin;

  PauliRotationStep(int xmask, int zmask, int ys, double cos, double sin) {
    super(Integer.highestOneBit(xmask), 0, xmask);
    this.xmask = xmask;
    this.zmask = zmask;
    gr = factorReal(ys);
    gi = factorImag(ys);
    this.cos = cos;
    this.sin = sin;
  }

  /** Real part of {@code g = -i * i^ys}, the factor of sin(angle/2) on the partner amplitude. */
  static double factorReal(int ys) {
    return (ys & 3) == 1 ? 1 : (ys & 3) == 3 ? -1 : 0;
  }

  /** Imaginary part of {@code g = -i * i^ys}. */
  static double factorImag(int ys) {
    return (ys & 3) == 0 ? -1 : (ys & 3) == 2 ? 1 : 0;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    MultiWireKernels.pauliRotation(s, insert, xmask, zmask, gr, gi, cos, sin, from, to);
  }

  /** Its kernel enumerates {@code deposit(j, insert)} without a set mask. */
  @Override
  boolean blockable() {
    return false;
  }

  /** Only in stages whose blocks are contiguous tiles, as {@link #blockable} is false. */
  @Override
  void applyBlock(double[] s, int dimension, int outer, int value, double[] scratch) {
    applyTile(s, value, (~outer & (dimension - 1)) + 1, scratch);
  }

  @Override
  FloatStep toFloat() {
    return new FloatMultiWireSteps.PauliRotation(this, xmask, zmask, gr, gi, cos, sin);
  }
}
