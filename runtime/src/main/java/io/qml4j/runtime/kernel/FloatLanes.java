package io.qml4j.runtime.kernel;

/**
 * The lane layout of the single-precision SIMD kernels. A register of {@link FloatSimd#LANES}
 * floats holds a group of {@link #GROUP} consecutive amplitudes, aligned to the group; the bits of
 * a basis index below {@code GROUP} (the lowest wires) are lanes of one register, the others pick
 * the register. A gate whose target or controls lie among the low bits is applied to whole groups
 * with a coefficient pattern per lane (the identity where a low control is clear), so that no
 * wire falls back to a scalar loop; only the gate's high bits are enumerated as units.
 */
final class FloatLanes {
  /** Amplitudes per register, or 0 where the float kernels are scalar. */
  static final int GROUP = FloatSimd.LANES / 2;

  /** The low bits: those inside one register. */
  static final int LOW = Math.max(0, GROUP - 1);

  private FloatLanes() {}

  /**
   * Whether units [from, to) of the layout {@code insert} cover whole groups, so that the lane
   * kernels apply: a group is {@code GROUP >> bitCount(insert & LOW)} units.
   */
  static boolean fits(int insert, int from, int to) {
    if (GROUP == 0) {
      return false;
    }
    int units = GROUP >>> Integer.bitCount(insert & LOW);
    return ((from | to) & (units - 1)) == 0 && to > from;
  }

  /** Whether lane m (an amplitude of the group) has every low control of {@code controls} set. */
  static boolean active(int m, int controls) {
    int low = controls & LOW;
    return (m & low) == low;
  }

  /**
   * Writes a complex pattern into {@code c} at {@code offset}: its real part at lanes
   * {@code [offset, offset + LANES)}, its signed imaginary part in the next LANES.
   */
  static void putComplex(float[] c, int offset, int m, double re, double im) {
    int lanes = FloatSimd.LANES;
    c[offset + 2 * m] = (float) re;
    c[offset + 2 * m + 1] = (float) re;
    c[offset + lanes + 2 * m] = (float) -im;
    c[offset + lanes + 2 * m + 1] = (float) im;
  }

  /** Writes a real pattern's value for lane m into {@code c} at {@code offset}. */
  static void putReal(float[] c, int offset, int m, double value) {
    c[offset + 2 * m] = (float) value;
    c[offset + 2 * m + 1] = (float) value;
  }

  /**
   * The pattern of a phase {@code er + i ei} on the amplitudes with every bit of {@code mask}
   * set (the identity on the others), as {@code [Er, Ei]}.
   */
  static float[] phase(int mask, double er, double ei) {
    float[] c = new float[2 * FloatSimd.LANES];
    for (int m = 0; m < GROUP; m++) {
      boolean on = active(m, mask);
      putComplex(c, 0, m, on ? er : 1, on ? ei : 0);
    }
    return c;
  }
}
