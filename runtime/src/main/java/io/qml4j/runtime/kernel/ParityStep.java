package io.qml4j.runtime.kernel;

/** {@code exp(-i angle Z..Z / 2)} on the wires of a mask; diagonal, so always local. */
final class ParityStep extends Step {
  private final int mask;
  private final double cos, sin;

  ParityStep(int mask, double cos, double sin) {
    super(0, 0, 0);
    this.mask = mask;
    this.cos = cos;
    this.sin = sin;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    PhaseKernels.parity(s, mask, cos, sin, from, to);
  }

  @Override
  void applyBlock(double[] s, int dimension, int outer, int value, double[] scratch) {
    applyBlockByRuns(s, dimension, outer, value, scratch);
  }

  @Override
  FloatStep toFloat() {
    return new FloatParityStep(this, mask, cos, sin);
  }
}
