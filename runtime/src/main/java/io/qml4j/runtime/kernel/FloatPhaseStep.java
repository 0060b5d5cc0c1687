package io.qml4j.runtime.kernel;

/** A {@link PhaseStep} in single precision: a phase where every bit of a mask is set. */
final class FloatPhaseStep extends FloatStep {
  private final float er, ei;
  private final float[] pattern;

  FloatPhaseStep(PhaseStep step, double er, double ei) {
    super(step);
    this.er = (float) er;
    this.ei = (float) ei;
    pattern = FloatLanes.GROUP == 0 ? null : FloatLanes.phase(set, er, ei);
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    FloatPhaseKernels.phase(s, insert, set, er, ei, pattern, this.set, from, to);
  }
}
