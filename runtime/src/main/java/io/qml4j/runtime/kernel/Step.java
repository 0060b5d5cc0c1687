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

  /** Doubles of scratch space the gate needs per thread. */
  int scratchLength() {
    return 0;
  }
}
