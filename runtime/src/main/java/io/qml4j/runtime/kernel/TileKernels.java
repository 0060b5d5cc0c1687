package io.qml4j.runtime.kernel;

import java.util.Locale;

/**
 * Range variants of the common {@link Kernels} for cache blocking in generated code: each acts
 * only on amplitudes [from, to) of one tile, an aligned power-of-two block of the state. A run of
 * gates that all keep every tile to itself (the wire they mix, the target, lies below the tile;
 * controls and diagonals may lie anywhere) is then applied tile by tile, one pass over memory for
 * the whole run instead of one per gate, exactly as a {@link Plan} does:
 *
 * <pre>{@code
 * for (int from = 0; from < 1 << n; from += TILE) {
 *   TileKernels.real1(psi, 8, c, -s, s, c, from, from + TILE);
 *   TileKernels.controlledX(psi, 1 << (n - 1), 4, from, from + TILE);
 * }
 * }</pre>
 *
 * Allocates nothing. Strides and matrices as in {@link Kernels}.
 */
public final class TileKernels {
  private TileKernels() {}

  /** A general 2x2 matrix on the wire of stride t, below the tile. */
  public static void general1(double[] s, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di,
      int from, int to) {
    int shift = shift(s, t, t, from, to);
    PairKernels.general(s, t, 0, t, ar, ai, br, bi, cr, ci, dr, di, from >>> shift, to >>> shift);
  }

  /** A real 2x2 matrix on the wire of stride t, below the tile. */
  public static void real1(double[] s, int t, double a, double b, double c, double d, int from,
      int to) {
    int shift = shift(s, t, t, from, to);
    PairKernels.real(s, t, 0, t, a, b, c, d, from >>> shift, to >>> shift);
  }

  /** diag(d0, d1) on the wire of stride t, anywhere: above the tile it is one phase for it. */
  public static void diagonal1(double[] s, int t, double d0r, double d0i, double d1r, double d1i,
      int from, int to) {
    checkRange(s, 0, from, to);
    if (t >= to - from) {
      boolean one = (from & t) != 0;
      PhaseKernels.phase(s, 0, 0, one ? d1r : d0r, one ? d1i : d0i, from, to);
      return;
    }
    PairKernels.diagonal(s, t, 0, t, d0r, d0i, d1r, d1i, from >>> 1, to >>> 1);
  }

  /**
   * diag(1, e) on the wire of stride t where the wire of stride c is also set (c = 0 for none),
   * both anywhere.
   */
  public static void phase(double[] s, int c, int t, double er, double ei, int from, int to) {
    checkRange(s, 0, from, to);
    int mask = c | t;
    int low = (to - from) - 1;
    int high = mask & ~low;
    if ((from & high) != high) {
      return;
    }
    int lowMask = mask & low;
    int shift = Integer.bitCount(lowMask);
    PhaseKernels.phase(s, lowMask, lowMask, er, ei, from >>> shift, to >>> shift);
  }

  /** X on the target t (below the tile) where every wire of the control mask c is set. */
  public static void controlledX(double[] s, int c, int t, int from, int to) {
    int low = (to - from) - 1;
    int shift = shift(s, c | t, t, from, to);
    if ((from & c & ~low) != (c & ~low)) {
      return;
    }
    int insert = (c | t) & low;
    PairKernels.x(s, insert, c & low, t, from >>> shift, to >>> shift);
  }

  /** Y on the target t (below the tile) where every wire of the control mask c is set. */
  public static void controlledY(double[] s, int c, int t, int from, int to) {
    int low = (to - from) - 1;
    int shift = shift(s, c | t, t, from, to);
    if ((from & c & ~low) != (c & ~low)) {
      return;
    }
    int insert = (c | t) & low;
    PairKernels.y(s, insert, c & low, t, from >>> shift, to >>> shift);
  }

  /** A general 2x2 matrix on the target t (below the tile) where every wire of c is set. */
  public static void controlled1(double[] s, int c, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di,
      int from, int to) {
    int low = (to - from) - 1;
    int shift = shift(s, c | t, t, from, to);
    if ((from & c & ~low) != (c & ~low)) {
      return;
    }
    int insert = (c | t) & low;
    PairKernels.general(s, insert, c & low, t, ar, ai, br, bi, cr, ci, dr, di,
        from >>> shift, to >>> shift);
  }

  /** {@code exp(-i angle Z..Z / 2)} on the wires of the mask, anywhere; cos and sin of angle/2. */
  public static void parityPhase(double[] s, int mask, double cos, double sin, int from, int to) {
    checkRange(s, 0, from, to);
    PhaseKernels.parity(s, mask, cos, sin, from, to);
  }

  /**
   * Checks the tile and that the target lies below it; returns how many bits of the insert mask
   * lie inside the tile (the tile's units start at {@code from >>> shift}).
   */
  private static int shift(double[] s, int insert, int t, int from, int to) {
    checkRange(s, t, from, to);
    return Integer.bitCount(insert & ((to - from) - 1));
  }

  private static void checkRange(double[] s, int t, int from, int to) {
    int tile = to - from;
    if (tile <= 0 || (tile & (tile - 1)) != 0 || (from & (tile - 1)) != 0
        || to > s.length >> 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "from, to: expected an aligned power-of-two tile within %d amplitudes, got %d, %d",
          s.length >> 1, from, to));
    }
    if (t >= tile) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "t: expected a target stride below the tile of %d amplitudes, got %d", tile, t));
    }
  }
}
