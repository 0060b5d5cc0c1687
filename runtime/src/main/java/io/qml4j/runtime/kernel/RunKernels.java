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
}
