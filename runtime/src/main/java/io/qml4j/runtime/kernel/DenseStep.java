package io.qml4j.runtime.kernel;

/** A dense matrix on k wires with its offsets computed once: the general fallback. */
final class DenseStep extends Step {
  private final int[] offsets;
  private final double[] matrix;

  DenseStep(int[] strides, double[] matrix) {
    super(mask(strides), 0, mask(strides));
    this.offsets = DenseOffsets.of(strides);
    this.matrix = matrix.clone();
  }

  private static int mask(int[] strides) {
    int mask = 0;
    for (int stride : strides) {
      mask |= stride;
    }
    return mask;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    MultiWireKernels.dense(s, insert, set, offsets, matrix, scratch, from, to);
  }

  @Override
  int scratchLength() {
    return 2 * offsets.length;
  }

  @Override
  FloatStep toFloat() {
    return new FloatMultiWireSteps.Dense(this, offsets, matrix);
  }
}
