package io.qml4j.runtime.kernel;

/**
 * A {@link PairStep} in single precision: a 2x2 matrix on one target under optional controls.
 * With the Vector API every placement takes a lane kernel: a target above the register pairs two
 * runs ({@link FloatRunKernels#pairReal} and kin), a target among the low bits pairs lanes of one
 * register ({@link FloatRunKernels#lowReal}), and controls among the low bits are the pattern's
 * identity lanes. Otherwise, and for a range that does not cover whole registers, the scalar loop
 * runs.
 */
final class FloatPairStep extends FloatStep {
  private final PairStep.Kind kind;
  private final int target;
  private final float ar, ai, br, bi, cr, ci, dr, di;
  /** The lane patterns for the kind and placement, or null where the scalar loop runs. */
  private final float[] lanes;
  /** Whether the target lies among the low bits, inside one register. */
  private final boolean low;
  /** For a diagonal applied as a phase on an outer wire: the patterns of d0 and d1. */
  private final float[] phase0, phase1;

  FloatPairStep(PairStep step, PairStep.Kind kind, int target, double[] m) {
    super(step);
    this.kind = kind;
    this.target = target;
    ar = (float) m[0];
    ai = (float) m[1];
    br = (float) m[2];
    bi = (float) m[3];
    cr = (float) m[4];
    ci = (float) m[5];
    dr = (float) m[6];
    di = (float) m[7];
    low = target <= FloatLanes.LOW;
    if (FloatLanes.GROUP == 0) {
      lanes = null;
      phase0 = null;
      phase1 = null;
    } else {
      lanes = patterns(kind, set, target, low, m);
      phase0 = FloatLanes.phase(set, m[0], m[1]);
      phase1 = FloatLanes.phase(set, m[6], m[7]);
    }
  }

  /** The coefficient patterns the lane kernel of this kind and placement reads. */
  private static float[] patterns(PairStep.Kind kind, int controls, int target, boolean low,
      double[] m) {
    int lanes = FloatSimd.LANES;
    boolean real = kind == PairStep.Kind.REAL || kind == PairStep.Kind.X;
    float[] c = new float[(real ? 4 : 8) * lanes];
    for (int g = 0; g < FloatLanes.GROUP; g++) {
      boolean on = FloatLanes.active(g, controls);
      boolean upper = (g & target) != 0;
      // per lane: the matrix where the low controls hold, the identity elsewhere
      double xr = on ? m[0] : 1, xi = on ? m[1] : 0, yr = on ? m[2] : 0, yi = on ? m[3] : 0;
      double zr = on ? m[4] : 0, zi = on ? m[5] : 0, wr = on ? m[6] : 1, wi = on ? m[7] : 0;
      if (kind == PairStep.Kind.DIAGONAL) {
        if (low) {
          FloatLanes.putComplex(c, 0, g, upper ? wr : xr, upper ? wi : xi);
        } else {
          FloatLanes.putComplex(c, 0, g, xr, xi);
          FloatLanes.putComplex(c, 2 * lanes, g, wr, wi);
        }
      } else if (low) {
        // x'[g] = D x[g] + O x[g ^ t]: row 1 (d, c) for the upper lane, row 0 (a, b) below
        if (real) {
          FloatLanes.putReal(c, 0, g, upper ? wr : xr);
          FloatLanes.putReal(c, lanes, g, upper ? zr : yr);
        } else {
          FloatLanes.putComplex(c, 0, g, upper ? wr : xr, upper ? wi : xi);
          FloatLanes.putComplex(c, 2 * lanes, g, upper ? zr : yr, upper ? zi : yi);
        }
      } else if (real) {
        FloatLanes.putReal(c, 0, g, xr);
        FloatLanes.putReal(c, lanes, g, yr);
        FloatLanes.putReal(c, 2 * lanes, g, zr);
        FloatLanes.putReal(c, 3 * lanes, g, wr);
      } else {
        FloatLanes.putComplex(c, 0, g, xr, xi);
        FloatLanes.putComplex(c, 2 * lanes, g, yr, yi);
        FloatLanes.putComplex(c, 4 * lanes, g, zr, zi);
        FloatLanes.putComplex(c, 6 * lanes, g, wr, wi);
      }
    }
    return c;
  }

  /**
   * Whether this gate may share a pass with another in {@link FloatRealPairs}: a real matrix, no
   * controls, a target above the register, and the lane kernels present.
   */
  /** Whether this is an uncontrolled real gate inside the register ({@link FloatLowReals}). */
  boolean lowUncontrolledReal() {
    return lanes != null && kind == PairStep.Kind.REAL && set == 0 && low;
  }

  boolean pairsInRegisters() {
    return lanes != null && kind == PairStep.Kind.REAL && set == 0 && !low;
  }

  /**
   * Whether this gate may join a {@link FloatPermutationChain}: an X (CNOT, Toffoli) whose target
   * and controls all lie above the register, with the lane kernels present.
   */
  boolean permutesRegisters() {
    return lanes != null && kind == PairStep.Kind.X && ((set | target) & FloatLanes.LOW) == 0;
  }

  int target() {
    return target;
  }

  /** The real patterns {@code [A, B, C, D]} of {@link FloatRunKernels#pairReal}. */
  float[] lanePatterns() {
    return lanes;
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    // the lane patterns encode this step's own low bits: a block that cut one off runs scalar
    if (lanes != null && FloatLanes.fits(insert, from, to)
        && ((insert ^ this.insert) & FloatLanes.LOW) == 0
        && ((set ^ this.set) & FloatLanes.LOW) == 0) {
      applyLanes(s, insert, set, from, to);
    } else {
      applyScalar(s, insert, set, from, to);
    }
  }

  /** Whole registers: only the high bits of the layout are enumerated. */
  private void applyLanes(float[] s, int insert, int set, int from, int to) {
    FloatRunKernels k = FloatSimd.KERNELS;
    int lowBits = Integer.bitCount(insert & FloatLanes.LOW);
    int high = insert & ~FloatLanes.LOW, highSet = set & ~FloatLanes.LOW;
    int lowest = (high & -high) >>> lowBits;
    int dt = target << 1;
    boolean swap = kind == PairStep.Kind.X && (set & FloatLanes.LOW) == 0;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | highSet) << 1;
      int length = run << (lowBits + 1);
      if (kind == PairStep.Kind.DIAGONAL) {
        k.scale(s, p, length, lanes, 0);
        if (!low) {
          k.scale(s, p + dt, length, lanes, 2 * FloatSimd.LANES);
        }
      } else if (low) {
        if (kind == PairStep.Kind.REAL || kind == PairStep.Kind.X) {
          k.lowReal(s, p, length, target, lanes);
        } else {
          k.lowGeneral(s, p, length, target, lanes);
        }
      } else if (swap) {
        k.swap(s, p, p + dt, length);
      } else if (kind == PairStep.Kind.REAL || kind == PairStep.Kind.X) {
        k.pairReal(s, p, p + dt, length, lanes);
      } else {
        k.pairGeneral(s, p, p + dt, length, lanes);
      }
      j += run;
    }
  }

  private void applyScalar(float[] s, int insert, int set, int from, int to) {
    int dt = target << 1;
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      for (int e = p + (run << 1); p < e; p += 2) {
        pair(s, p, p + dt);
      }
      j += run;
    }
  }

  /** The matrix on one amplitude pair, in float arithmetic. */
  void pair(float[] s, int p, int q) {
    float xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
    switch (kind) {
      case REAL:
        s[p] = ar * xr + br * yr;
        s[p + 1] = ar * xi + br * yi;
        s[q] = cr * xr + dr * yr;
        s[q + 1] = cr * xi + dr * yi;
        break;
      case DIAGONAL:
        s[p] = ar * xr - ai * xi;
        s[p + 1] = ar * xi + ai * xr;
        s[q] = dr * yr - di * yi;
        s[q + 1] = dr * yi + di * yr;
        break;
      case X:
        s[p] = yr;
        s[p + 1] = yi;
        s[q] = xr;
        s[q + 1] = xi;
        break;
      case Y:
        s[p] = yi;
        s[p + 1] = -yr;
        s[q] = -xi;
        s[q + 1] = xr;
        break;
      default:
        s[p] = ar * xr - ai * xi + br * yr - bi * yi;
        s[p + 1] = ar * xi + ai * xr + br * yi + bi * yr;
        s[q] = cr * xr - ci * xi + dr * yr - di * yi;
        s[q + 1] = cr * xi + ci * xr + dr * yi + di * yr;
        break;
    }
  }

  /** A diagonal on an outer wire of a block is one phase for the whole block, as in PairStep. */
  @Override
  void applyBlock(float[] s, int dimension, int outer, int value, float[] scratch) {
    if (kind != PairStep.Kind.DIAGONAL || (target & outer) == 0) {
      super.applyBlock(s, dimension, outer, value, scratch);
      return;
    }
    int outerControls = set & outer;
    if ((value & outerControls) != outerControls) {
      return;
    }
    int blockInsert = (set & ~outer) | outer;
    boolean one = (value & target) != 0;
    FloatPhaseKernels.phase(s, blockInsert, (set & ~outer) | value, one ? dr : ar, one ? di : ai,
        one ? phase1 : phase0, set, 0, Bits.units(dimension, blockInsert));
  }
}
