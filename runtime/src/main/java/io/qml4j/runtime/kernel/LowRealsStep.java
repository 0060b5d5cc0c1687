package io.qml4j.runtime.kernel;

/**
 * Three consecutive uncontrolled real 2x2 gates on the wires of strides 4, 2 and 1, in that order
 * (the lowest three wires of an RY layer), applied in one pass over groups of eight amplitudes,
 * with the layer of diagonal gates that follows them (the RZ layer) in the same pass where the
 * Vector API runs it. Gates on these wires pair amplitudes less than a register apart, so the
 * range kernels run them as runs of one to four amplitudes, three to four times slower per gate
 * than a gate on a higher wire; here each group is loaded once, takes the three gates in registers (with the Vector API,
 * the two in-register wires as lane patterns) and is stored once. Every amplitude gets the gates'
 * own operations in their order, so the result is the sequential one bit for bit.
 */
final class LowRealsStep extends Step {
  /** The wires' strides, in order. */
  static final int FIRST = 4, SECOND = 2, THIRD = 1;

  /**
   * Whether the diagonal layer after the three gates joins their pass
   * ({@code -Dqml4j.plan.lowRealsPhases=false} keeps it a pass of its own, for A/B runs).
   */
  static final boolean PHASES = !"false".equals(System.getProperty("qml4j.plan.lowRealsPhases"));

  /** a, b, c, d of each gate, the first gate's first. */
  private final double[] coefficients;
  /** {@link #lanePatterns} of the coefficients. */
  private final double[] lanes;
  /** The diagonal layer applied after the gates, or null. */
  private final DiagonalLayerStep phases;
  /** {@link #phases}' lowest table ({@link DiagonalLayerStep#lowTable}) and its mask. */
  private final double[] lowRe, lowIm;
  private final int lowMask;

  private LowRealsStep(PairStep first, PairStep second, PairStep third,
      DiagonalLayerStep phases) {
    super(7, 0, 7);
    this.phases = phases;
    double[][] low = phases == null ? null : phases.lowTable();
    lowRe = low == null ? null : low[0];
    lowIm = low == null ? null : low[1];
    lowMask = phases == null ? 0 : phases.lowMask();
    coefficients = new double[] {
        first.a(), first.b(), first.c(), first.d(),
        second.a(), second.b(), second.c(), second.d(),
        third.a(), third.b(), third.c(), third.d()};
    lanes = lanePatterns(coefficients);
  }

  /**
   * The joined step for steps i, i + 1, i + 2 of a stage and the diagonal layer at i + 3 where it
   * qualifies, or null where the three gates do not qualify.
   */
  static LowRealsStep startingAt(Step[] steps, int i, int last) {
    if (!qualifies(steps, i, last)) {
      return null;
    }
    DiagonalLayerStep phases = null;
    if (PHASES && i + 3 < last && steps[i + 3] instanceof DiagonalLayerStep && Simd.KERNELS != null
        && Simd.KERNELS.lanes() == 8) {
      phases = (DiagonalLayerStep) steps[i + 3];
      if (phases.lowTable() == null || phases.lowMask() < 7) {
        phases = null;
      }
    }
    return new LowRealsStep((PairStep) steps[i], (PairStep) steps[i + 1],
        (PairStep) steps[i + 2], phases);
  }

  /** Whether steps i, i + 1, i + 2 are the three gates this step joins. */
  static boolean qualifies(Step[] steps, int i, int last) {
    return i + 2 < last && low(steps[i], FIRST) && low(steps[i + 1], SECOND)
        && low(steps[i + 2], THIRD);
  }

  /** Number of the stage's steps this one applies: three gates, and the diagonal layer. */
  int joined() {
    return phases == null ? 3 : 4;
  }

  private static boolean low(Step step, int target) {
    return step instanceof PairStep && ((PairStep) step).uncontrolledReal()
        && ((PairStep) step).target() == target;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    if (insert != 7 || set != 0) {
      // the three wires are the lowest, inside every block and tile
      throw new IllegalStateException("three low-wire gates split by a block");
    }
    if (phases != null) {
      // the higher tables' phase is constant over a run of the lowest table
      double[] h = new double[2];
      for (int k = from << 3, end = to << 3; k < end;) {
        int runEnd = Math.min(end, (k | lowMask) + 1);
        phases.highPhase(k, h);
        Simd.KERNELS.lowRealsPhases(s, k << 1, runEnd << 1, coefficients, lanes, lowRe, lowIm,
            (k & lowMask) << 1, h[0], h[1]);
        k = runEnd;
      }
      return;
    }
    if (Simd.KERNELS != null && Simd.KERNELS.lanes() == 8) {
      Simd.KERNELS.lowReals(s, from << 4, to << 4, coefficients, lanes);
      return;
    }
    for (int p = from << 4, e = to << 4; p < e; p += 16) {
      group(s, p, coefficients);
    }
  }

  /**
   * The second and third gates' coefficients per lane of a register of four amplitudes, as the
   * vector kernels multiply them: {@code x * a + partner * b} where the wire's bit is 0,
   * {@code x * d + partner * c} where it is 1 (the scalar kernel's products, the sum's operands
   * swapped, which is exact). Precomputed here so that the kernels only load them: a helper that
   * returns a vector is a call the JIT may leave out of line, and then every operation on the
   * vector runs unintrinsified.
   */
  static double[] lanePatterns(double[] k) {
    double[] lanes = new double[32];
    for (int i = 0; i < 8; i++) {
      boolean second = (i & 4) != 0, third = (i & 2) != 0;
      lanes[i] = second ? k[7] : k[4];
      lanes[8 + i] = second ? k[6] : k[5];
      lanes[16 + i] = third ? k[11] : k[8];
      lanes[24 + i] = third ? k[10] : k[9];
    }
    return lanes;
  }

  /** The three gates on the eight amplitudes at {@code p}, as the range kernels would do them. */
  static void group(double[] s, int p, double[] k) {
    for (int g = 0, t = FIRST; g < 3; g++, t >>= 1) {
      double a = k[4 * g], b = k[4 * g + 1], c = k[4 * g + 2], d = k[4 * g + 3];
      for (int x = 0; x < 8; x++) {
        if ((x & t) == 0) {
          PairKernels.real(s, p + 2 * x, p + 2 * (x | t), a, b, c, d);
        }
      }
    }
  }
}
