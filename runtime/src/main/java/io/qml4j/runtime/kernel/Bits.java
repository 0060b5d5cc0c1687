package io.qml4j.runtime.kernel;

/**
 * Index arithmetic shared by the range kernels. A kernel enumerates "units": the basis indices
 * whose bits under an {@code insert} mask are zero, numbered densely. Unit j maps to index
 * {@code deposit(j, insert) | set}, where {@code set} (a subset of insert) fixes control bits to 1.
 * Consecutive units map to consecutive indices for as long as the lowest inserted bit allows, so a
 * kernel walks runs of contiguous indices with no per-index branching.
 */
final class Bits {
  private Bits() {}

  /** Spreads the bits of j apart, inserting a zero at every set bit position of {@code insert}. */
  static int deposit(int j, int insert) {
    for (int rest = insert; rest != 0; rest &= rest - 1) {
      int m = rest & -rest;
      j = ((j & -m) << 1) | (j & (m - 1));
    }
    return j;
  }

  /**
   * Length of the contiguous run of indices starting at unit j and ending before unit {@code to}:
   * runs break where j crosses a multiple of the lowest inserted bit.
   */
  static int run(int j, int to, int lowest) {
    if (lowest == 0) {
      return to - j;
    }
    return Math.min(lowest - (j & (lowest - 1)), to - j);
  }

  /**
   * Runs shorter than this many indices cost more in loop overhead than computing each index
   * directly with {@link #deposit2}; measured on the 1-2 wires of lowest stride.
   */
  static final int SHORT_RUN = 8;

  /** Whether a layout has short runs and at most two inserted bits, for {@link #deposit2}. */
  static boolean shortRuns(int insert) {
    return (insert & -insert) < SHORT_RUN && Integer.bitCount(insert) <= 2;
  }

  /** Mask below the lowest inserted bit. */
  static int lowMask(int insert) {
    return (insert & -insert) - 1;
  }

  /** Mask below the second inserted bit, or all ones if there is none. */
  static int secondMask(int insert) {
    int rest = insert & (insert - 1);
    return (rest & -rest) - 1;
  }

  /** {@link #deposit} for at most two inserted bits, unrolled, given their masks. */
  static int deposit2(int j, int lowMask, int secondMask) {
    int k = ((j & ~lowMask) << 1) | (j & lowMask);
    return ((k & ~secondMask) << 1) | (k & secondMask);
  }

  /** Number of units of a state of {@code dimension} amplitudes under an insert mask. */
  static int units(int dimension, int insert) {
    return dimension >>> Integer.bitCount(insert);
  }

  /** Parity (0 or 1) of the bits of k under mask. */
  static int parity(int k, int mask) {
    return Integer.bitCount(k & mask) & 1;
  }

  /** The inverse of {@link #deposit}: removes the bits of x at the set positions of mask. */
  static int compress(int x, int remove) {
    for (int rest = remove; rest != 0;) {
      int m = Integer.highestOneBit(rest);
      x = ((x >>> 1) & -m) | (x & (m - 1));
      rest &= ~m;
    }
    return x;
  }

  /** Places the low bits of k, in order, at the set positions of mask (a bit deposit). */
  static int scatter(int k, int mask) {
    int r = 0;
    for (int rest = mask; rest != 0 && k != 0; rest &= rest - 1, k >>>= 1) {
      if ((k & 1) != 0) {
        r |= rest & -rest;
      }
    }
    return r;
  }
}
