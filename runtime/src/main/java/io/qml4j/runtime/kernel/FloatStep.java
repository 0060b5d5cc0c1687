package io.qml4j.runtime.kernel;

/**
 * The single-precision form of a {@link Step}: the same gate with float coefficients, applied to
 * an interleaved {@code float[]} state. It keeps the step's {@code insert}, {@code set} and
 * {@code action} masks, so a {@link FloatPlan} runs the stages, tiles and blocks that the
 * double-precision {@link Plan} chose; the unit enumeration below is {@link Step}'s, over floats.
 */
abstract class FloatStep {
  /** Bits cleared when enumerating units, as {@link Step#insert}. */
  final int insert;
  /** Control bits fixed to 1, as {@link Step#set}. */
  final int set;
  /** Bits whose amplitudes the gate mixes, as {@link Step#action}. */
  final int action;

  FloatStep(Step step) {
    this(step.insert, step.set, step.action);
  }

  FloatStep(int insert, int set, int action) {
    this.insert = insert;
    this.set = set;
    this.action = action;
  }

  /** Applies the gate to units [from, to) of the layout given by {@code insert} and {@code set}. */
  abstract void apply(float[] s, int insert, int set, int from, int to, float[] scratch);

  /** Number of units over a state of {@code dimension} amplitudes. */
  final int units(int dimension) {
    return Bits.units(dimension, insert);
  }

  /** Applies the gate to amplitudes [base, base + tile) only, as {@link Step#applyTile}. */
  final void applyTile(float[] s, int base, int tile, float[] scratch) {
    int low = tile - 1;
    int highSet = set & ~low;
    if ((base & highSet) != highSet) {
      return;
    }
    int lowInsert = insert & low;
    int shift = Integer.bitCount(lowInsert);
    apply(s, lowInsert, set & low, base >>> shift, (base + tile) >>> shift, scratch);
  }

  /**
   * Applies the gate to one block of a plan stage, enumerated as {@link Step#applyBlock} does:
   * each contiguous segment of the block paired with its partners in one call.
   */
  void applyBlock(float[] s, int dimension, int outer, int value, float[] scratch) {
    int outerControls = set & outer;
    if ((value & outerControls) != outerControls) {
      return;
    }
    int innerBits = (dimension - 1) & ~outer;
    int segment = (innerBits + 1) & ~innerBits;
    int own = insert & innerBits;
    int free = innerBits & ~(segment - 1) & ~own;
    int units = Bits.units(segment, own & (segment - 1));
    int ownSet = set & own;
    for (int k = 0, segments = 1 << Integer.bitCount(free); k < segments; k++) {
      int from = Bits.compress(value | Bits.scatter(k, free), own);
      apply(s, own, ownSet, from, from + units, scratch);
    }
  }

  /** {@link Step#applyBlockByRuns} over floats, for kernels that read basis indices. */
  final void applyBlockByRuns(float[] s, int dimension, int outer, int value, float[] scratch) {
    int units = Bits.units(dimension, outer), lowest = outer & -outer;
    for (int j = 0; j < units;) {
      int run = Bits.run(j, units, lowest);
      int k = Bits.deposit(j, outer) | value;
      apply(s, 0, 0, k, k + run, scratch);
      j += run;
    }
  }

  /** Floats of scratch space the gate needs per thread. */
  int scratchLength() {
    return 0;
  }
}
