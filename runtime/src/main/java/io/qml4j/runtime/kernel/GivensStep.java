package io.qml4j.runtime.kernel;

/** A real rotation between two basis patterns of the wires in a mask: the excitation gates. */
final class GivensStep extends Step {
  private final int a, b;
  private final double cos, sin;

  GivensStep(int mask, int a, int b, double cos, double sin) {
    super(mask, 0, mask);
    this.a = a;
    this.b = b;
    this.cos = cos;
    this.sin = sin;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    MultiWireKernels.givens(s, insert, set, a, b, cos, sin, from, to);
  }

  @Override
  FloatStep toFloat() {
    return new FloatMultiWireSteps.Givens(this, a, b, cos, sin);
  }
}
