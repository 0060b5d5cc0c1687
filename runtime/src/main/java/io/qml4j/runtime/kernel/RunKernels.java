package io.qml4j.runtime.kernel;

/**
 * Kernels over contiguous runs of interleaved amplitudes, the inner loops of the range kernels
 * once a run is long enough to fill a SIMD register. Positions and lengths are in doubles (two per
 * amplitude); a run at {@code p} and its partner run at {@code q} never overlap. The one
 * implementation, {@code VectorRunKernels}, uses the incubating Vector API and is loaded by
 * {@link Simd} only where that module is present; without it the range kernels keep their scalar
 * loops.
 */
interface RunKernels {
  /** Doubles per SIMD register: runs shorter than this stay scalar. */
  int lanes();

  /** {@code (x, y) -> (a x + b y, c x + d y)} for a real 2x2 matrix. */
  void real(double[] s, int p, int q, int length, double a, double b, double c, double d);

  /** A general complex 2x2 matrix {@code [[a, b], [c, d]]}. */
  void general(double[] s, int p, int q, int length,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di);

  /** diag(d0, d1): the run at p times d0, the run at q times d1. */
  void diagonal(double[] s, int p, int q, int length,
      double d0r, double d0i, double d1r, double d1i);

  /** Exchanges the two runs (X, CNOT, Toffoli). */
  void swap(double[] s, int p, int q, int length);

  /** Multiplies one run by {@code er + i ei}. */
  void scale(double[] s, int p, int length, double er, double ei);

  /**
   * Multiplies the run at p by a table of phases starting at table position e and then by
   * {@code hr + i hi}: the table is given as {@code re} (each real part twice) and {@code im}
   * (each imaginary part as {@code -im, +im}), the layout a complex product needs per lane pair.
   */
  void tablePhase(double[] s, int p, int length, double[] re, double[] im, int e,
      double hr, double hi);

  /**
   * {@link #tablePhase} for a table of plain interleaved phases {@code (re, im)}: the run at p
   * times {@code table[e..] * (hr + i hi)}.
   */
  void interleavedTablePhase(double[] s, int p, int length, double[] table, int e,
      double hr, double hi);

  /**
   * Two real 2x2 matrices on the runs at offsets {@code da} and {@code db} (in doubles) from p:
   * the first on the pairs (p, p + da) and (p + db, p + da + db), then the second on (p, p + db)
   * and (p + da, p + da + db), each quadruple of registers loaded and stored once.
   */
  void realPairs(double[] s, int p, int da, int db, int length, double a1, double b1, double c1,
      double d1, double a2, double b2, double c2, double d2);

  /**
   * {@link RealTriplesStep}'s three rotations with their cosines taken out, on the runs at offsets
   * {@code d1}, {@code d2} and {@code d3} (in doubles) from p: each group of eight registers is
   * loaded once, takes {@code x0 + u x1, x1 - u x0} per gate in order, is multiplied by
   * {@code scale} and stored once, as {@link #realTriple} does for one double of each run.
   */
  void realTriples(double[] s, int p, int d1, int d2, int d3, int length, double u1, double u2,
      double u3, double scale);

  /**
   * The scalar form of {@link #realTriples} for the eight doubles at p plus every sum of the
   * offsets: the operations the lanes do, in their order.
   */
  static void realTriple(double[] s, int p, int d1, int d2, int d3, double u1, double u2,
      double u3, double scale) {
    int p1 = p + d1, p2 = p + d2, p12 = p1 + d2;
    double x0 = s[p], x1 = s[p1], x2 = s[p2], x3 = s[p12];
    double x4 = s[p + d3], x5 = s[p1 + d3], x6 = s[p2 + d3], x7 = s[p12 + d3];
    double y0 = x0 + u1 * x1, y1 = x1 - u1 * x0, y2 = x2 + u1 * x3, y3 = x3 - u1 * x2;
    double y4 = x4 + u1 * x5, y5 = x5 - u1 * x4, y6 = x6 + u1 * x7, y7 = x7 - u1 * x6;
    double z0 = y0 + u2 * y2, z2 = y2 - u2 * y0, z1 = y1 + u2 * y3, z3 = y3 - u2 * y1;
    double z4 = y4 + u2 * y6, z6 = y6 - u2 * y4, z5 = y5 + u2 * y7, z7 = y7 - u2 * y5;
    s[p] = (z0 + u3 * z4) * scale;
    s[p + d3] = (z4 - u3 * z0) * scale;
    s[p1] = (z1 + u3 * z5) * scale;
    s[p1 + d3] = (z5 - u3 * z1) * scale;
    s[p2] = (z2 + u3 * z6) * scale;
    s[p2 + d3] = (z6 - u3 * z2) * scale;
    s[p12] = (z3 + u3 * z7) * scale;
    s[p12 + d3] = (z7 - u3 * z3) * scale;
  }

  /**
   * {@link LowRealsStep}'s three real gates (coefficients {@code a, b, c, d} each, in order, on
   * the wires of strides 4, 2 and 1) on every group of eight amplitudes in doubles [p, end), for
   * registers of eight doubles; {@code lanes} holds the second and third gates' coefficients as
   * lane patterns ({@link LowRealsStep#lanePatterns}).
   */
  void lowReals(double[] s, int p, int end, double[] coefficients, double[] lanes);

  /**
   * {@link #lowReals}, then each group times its phases as {@link #tablePhase} would multiply
   * them ({@code re}, {@code im} from table position {@code e}, then {@code hr + i hi}).
   */
  void lowRealsPhases(double[] s, int p, int end, double[] coefficients, double[] lanes,
      double[] re, double[] im, int e, double hr, double hi);

  /**
   * Moves registers along cycles ({@link PermutationChainStep}): for each register offset i in
   * the run of {@code length} doubles at p, the register at {@code p + i + cycles[k]} moves to
   * {@code p + i + cycles[k + 1]} within each cycle, the last to the first, cycles delimited by
   * {@code starts}.
   */
  void permute(double[] s, int p, int length, int[] cycles, int[] starts);

  /**
   * {@link LowPermutationStep}'s gather where a register holds four amplitudes: in each group of
   * four registers in doubles [p, end), output register k is input register {@code source[k]}
   * with its lanes rearranged by {@code lanes[8 k .. 8 k + 8)}.
   */
  void permuteGroups(double[] s, int p, int end, int[] source, int[] lanes);

  /**
   * Exchanges the lanes of the two runs where {@code lanes} (one register's worth) is non-zero,
   * keeps the others ({@link LowControlledXStep}).
   */
  void swapLanes(double[] s, int p, int q, int length, double[] lanes);
}
