package io.qml4j.runtime.kernel;

/**
 * One compiled gate of a {@link Plan}: a range kernel with its coefficients bound. The gate's units
 * are the basis indices {@code deposit(j, insert) | set} (see {@link Bits}); {@code action} holds
 * the bits whose amplitudes the gate mixes. A gate whose action bits all lie inside a tile can be
 * applied tile by tile, with control bits above the tile read off the tile's base index; that lets
 * a {@link Plan} apply a run of such gates to one cache-sized tile before moving to the next.
 */
abstract class Step {
  /** Bits cleared when enumerating units: the acting bits and the controls. */
  final int insert;
  /** Control bits, a subset of {@code insert}, fixed to 1. */
  final int set;
  /** Bits whose amplitudes the gate mixes with each other. */
  final int action;

  Step(int insert, int set, int action) {
    this.insert = insert;
    this.set = set;
    this.action = action;
  }

  /** Applies the gate to units [from, to) of the layout given by {@code insert} and {@code set}. */
  abstract void apply(double[] s, int insert, int set, int from, int to, double[] scratch);

  /** Number of units over a state of {@code dimension} amplitudes. */
  final int units(int dimension) {
    return Bits.units(dimension, insert);
  }

  /** Whether the gate maps every tile of {@code tile} amplitudes onto itself. */
  boolean isLocal(int tile) {
    return Integer.compareUnsigned(action, tile) < 0;
  }

  /** Applies the gate to amplitudes [base, base + tile) only; requires {@link #isLocal}. */
  void applyTile(double[] s, int base, int tile, double[] scratch) {
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
   * The wires, as strides, whose amplitudes the gate reads or changes (its targets, controls and
   * the wires of its phases): gates whose supports are disjoint commute, which is what
   * {@link Plan} reorders by. Every wire unless a kind says less, so a kind that does not is never
   * moved past another gate.
   */
  int support() {
    return -1;
  }

  /**
   * Whether {@link #apply} honours any {@code insert} and {@code set} layout, so that the gate can
   * run on a block whose bits outside it are fixed (see {@link #applyBlock}). A kernel that
   * ignores {@code set} can run only on contiguous tiles.
   */
  boolean blockable() {
    return true;
  }

  /**
   * Applies the gate to one block of a {@link Plan} stage: the amplitudes whose bits under
   * {@code outer} equal {@code value}; requires {@link #action} outside {@code outer}. A control
   * among the outer bits either holds for the whole block or for none of it.
   */
  void applyBlock(double[] s, int dimension, int outer, int value, double[] scratch) {
    int outerControls = set & outer;
    if ((value & outerControls) != outerControls) {
      return;
    }
    // A block is made of contiguous segments (up to its lowest outer bit). The gate's own bits
    // keep their layout, so the kernels keep their fast paths for low wires; a gate on a higher
    // wire of the block pairs each segment with its partner in one call.
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

  /**
   * {@link #apply} for a kernel that reads its from and to as basis indices ({@code insert} 0):
   * runs it over each contiguous run of indices of the block.
   */
  final void applyBlockByRuns(double[] s, int dimension, int outer, int value,
      double[] scratch) {
    int units = Bits.units(dimension, outer), lowest = outer & -outer;
    for (int j = 0; j < units;) {
      int run = Bits.run(j, units, lowest);
      int k = Bits.deposit(j, outer) | value;
      apply(s, 0, 0, k, k + run, scratch);
      j += run;
    }
  }

  /** Doubles of scratch space the gate needs per thread. */
  int scratchLength() {
    return 0;
  }

  /**
   * This gate in single precision, for {@link FloatPlan}; null where no float kernel exists, and
   * the float plan then runs this step's stage in double on a widened copy (correct, not fast).
   */
  FloatStep toFloat() {
    return null;
  }
}
