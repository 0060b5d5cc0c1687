package io.qml4j.runtime.kernel;

/**
 * The single-precision forms of the multi-wire steps ({@link ExchangeStep}, {@link GivensStep},
 * {@link PauliRotationStep}, {@link DenseStep}): each binds its coefficients as floats to a
 * scalar kernel of {@link FloatMultiWireKernels}.
 */
final class FloatMultiWireSteps {
  private FloatMultiWireSteps() {}

  /** SWAP, iSWAP, CSWAP. */
  static final class Exchange extends FloatStep {
    private final int a, b;
    private final float er, ei;

    Exchange(ExchangeStep step, int a, int b, double er, double ei) {
      super(step);
      this.a = a;
      this.b = b;
      this.er = (float) er;
      this.ei = (float) ei;
    }

    @Override
    void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
      FloatMultiWireKernels.exchange(s, insert, set, a, b, er, ei, from, to);
    }
  }

  /** SingleExcitation, DoubleExcitation. */
  static final class Givens extends FloatStep {
    private final int a, b;
    private final float cos, sin;

    Givens(GivensStep step, int a, int b, double cos, double sin) {
      super(step);
      this.a = a;
      this.b = b;
      this.cos = (float) cos;
      this.sin = (float) sin;
    }

    @Override
    void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
      FloatMultiWireKernels.givens(s, insert, set, a, b, cos, sin, from, to);
    }
  }

  /** A Pauli-word rotation with at least one X or Y; runs in contiguous tiles only. */
  static final class PauliRotation extends FloatStep {
    private final int xmask, zmask;
    private final float gr, gi, cos, sin;

    PauliRotation(PauliRotationStep step, int xmask, int zmask, double gr, double gi,
        double cos, double sin) {
      super(step);
      this.xmask = xmask;
      this.zmask = zmask;
      this.gr = (float) gr;
      this.gi = (float) gi;
      this.cos = (float) cos;
      this.sin = (float) sin;
    }

    @Override
    void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
      FloatMultiWireKernels.pauliRotation(s, insert, xmask, zmask, gr, gi, cos, sin, from, to);
    }

    /** As {@link PauliRotationStep#applyBlock}: the stage's blocks are contiguous tiles. */
    @Override
    void applyBlock(float[] s, int dimension, int outer, int value, float[] scratch) {
      applyTile(s, value, (~outer & (dimension - 1)) + 1, scratch);
    }
  }

  /** A dense matrix on k wires: the general fallback. */
  static final class Dense extends FloatStep {
    private final int[] offsets;
    private final float[] matrix;

    Dense(DenseStep step, int[] offsets, double[] matrix) {
      super(step);
      this.offsets = offsets;
      this.matrix = new float[matrix.length];
      for (int i = 0; i < matrix.length; i++) {
        this.matrix[i] = (float) matrix[i];
      }
    }

    @Override
    void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
      FloatMultiWireKernels.dense(s, insert, set, offsets, matrix, scratch, from, to);
    }

    @Override
    int scratchLength() {
      return 2 * offsets.length;
    }
  }
}
