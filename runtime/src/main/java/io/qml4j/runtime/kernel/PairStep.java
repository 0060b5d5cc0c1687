package io.qml4j.runtime.kernel;

import java.util.ArrayList;
import java.util.List;

/** A 2x2 matrix on one target wire under optional controls, dispatched by structure. */
final class PairStep extends Step {
  /** The structure of the 2x2 matrix, which picks the kernel. */
  enum Kind { GENERAL, REAL, DIAGONAL, X, Y }

  private final Kind kind;
  private final int target;
  private final double ar, ai, br, bi, cr, ci, dr, di;

  PairStep(Kind kind, int controls, int target, double[] m) {
    super(controls | target, controls, kind == Kind.DIAGONAL ? 0 : target);
    this.kind = kind;
    this.target = target;
    ar = m[0];
    ai = m[1];
    br = m[2];
    bi = m[3];
    cr = m[4];
    ci = m[5];
    dr = m[6];
    di = m[7];
  }

  @Override
  int support() {
    return insert;
  }

  /** Whether this is an uncontrolled real 2x2 gate, the kind {@link RealPairsStep} joins. */
  boolean uncontrolledReal() {
    return kind == Kind.REAL && set == 0;
  }

  /** Whether this is an X gate under any controls, the kind {@link PermutationChainStep} joins. */
  boolean isX() {
    return kind == Kind.X;
  }

  /**
   * The consecutive X gates from {@code steps[first]} on (up to {@code last}) whose wires,
   * controls included, all lie in {@code allowed} and together span at most {@code maxBits}
   * wires: the gates a permutation step may join.
   */
  static List<PairStep> xRun(Step[] steps, int first, int last, int allowed, int maxBits) {
    List<PairStep> run = new ArrayList<>();
    int bits = 0;
    for (int i = first; i < last; i++) {
      Step step = steps[i];
      if (!(step instanceof PairStep) || !((PairStep) step).isX()
          || (step.insert & ~allowed) != 0 || Integer.bitCount(bits | step.insert) > maxBits) {
        break;
      }
      run.add((PairStep) step);
      bits |= step.insert;
    }
    return run;
  }

  /** The basis index x becomes after the X gates one after another. */
  static int image(List<PairStep> xGates, int x) {
    for (PairStep g : xGates) {
      if ((x & g.set) == g.set) {
        x ^= g.target;
      }
    }
    return x;
  }

  /** The target's stride. */
  int target() {
    return target;
  }

  /** The four real entries, for the joined kernels. */
  double a() {
    return ar;
  }

  double b() {
    return br;
  }

  double c() {
    return cr;
  }

  double d() {
    return dr;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    switch (kind) {
      case GENERAL:
        PairKernels.general(s, insert, set, target, ar, ai, br, bi, cr, ci, dr, di, from, to);
        break;
      case REAL:
        PairKernels.real(s, insert, set, target, ar, br, cr, dr, from, to);
        break;
      case DIAGONAL:
        PairKernels.diagonal(s, insert, set, target, ar, ai, dr, di, from, to);
        break;
      case X:
        PairKernels.x(s, insert, set, target, from, to);
        break;
      default:
        PairKernels.y(s, insert, set, target, from, to);
        break;
    }
  }

  /** A diagonal on an outer wire of a block is one phase for the whole block. */
  @Override
  void applyBlock(double[] s, int dimension, int outer, int value, double[] scratch) {
    if (kind != Kind.DIAGONAL || (target & outer) == 0) {
      super.applyBlock(s, dimension, outer, value, scratch);
      return;
    }
    int outerControls = set & outer;
    if ((value & outerControls) != outerControls) {
      return;
    }
    int blockInsert = (set & ~outer) | outer;
    boolean one = (value & target) != 0;
    PhaseKernels.phase(s, blockInsert, (set & ~outer) | value, one ? dr : ar, one ? di : ai, 0,
        Bits.units(dimension, blockInsert));
  }

  @Override
  FloatStep toFloat() {
    return new FloatPairStep(this, kind, target, new double[] {ar, ai, br, bi, cr, ci, dr, di});
  }
}
