package io.qml4j.runtime.kernel;

/** A phase on every amplitude whose bits under a mask are all set; diagonal, so always local. */
final class PhaseStep extends Step {
  private final double er, ei;

  PhaseStep(int mask, double er, double ei) {
    super(mask, mask, 0);
    this.er = er;
    this.ei = ei;
  }

  @Override
  int support() {
    return insert;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    PhaseKernels.phase(s, insert, set, er, ei, from, to);
  }

  @Override
  FloatStep toFloat() {
    return new FloatPhaseStep(this, er, ei);
  }
}
