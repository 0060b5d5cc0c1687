package io.qml4j.runtime.kernel;

/** A {@link ParityStep} in single precision: a phase by the parity of the bits under a mask. */
final class FloatParityStep extends FloatStep {
  private final int mask;
  private final float cos, sin;

  FloatParityStep(ParityStep step, int mask, double cos, double sin) {
    super(step);
    this.mask = mask;
    this.cos = (float) cos;
    this.sin = (float) sin;
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    FloatPhaseKernels.parity(s, mask, cos, sin, from, to);
  }

  @Override
  void applyBlock(float[] s, int dimension, int outer, int value, float[] scratch) {
    applyBlockByRuns(s, dimension, outer, value, scratch);
  }
}
