package io.qml4j.runtime.kernel;

/**
 * The single-precision counterpart of {@link RunKernels}: kernels over contiguous runs of
 * interleaved float amplitudes, positions and lengths in floats. Coefficients come as lane
 * patterns ({@link FloatLanes}): one float per lane of a register, repeated along the run, so
 * that a control or a target on the lowest wires becomes a pattern across the lanes of one
 * register instead of a scalar loop. A pattern array holds several patterns back to back, each
 * {@link #lanes()} floats; an imaginary pattern is stored signed {@code (-im, +im)} per lane pair,
 * the layout a complex product of interleaved amplitudes needs. Patterned kernels take lengths
 * that are whole registers. The one implementation, {@code VectorFloatRunKernels}, is loaded by
 * {@link FloatSimd} only where the Vector API is present.
 */
interface FloatRunKernels {
  /** Floats per SIMD register (16 with AVX-512). */
  int lanes();

  /**
   * Two runs at p and q: {@code x' = A x + B y}, {@code y' = C x + D y}, real patterns
   * {@code c = [A, B, C, D]}.
   */
  void pairReal(float[] s, int p, int q, int length, float[] c);

  /**
   * Two runs at p and q under a complex matrix per lane: {@code c = [Ar, Ai, Br, Bi, Cr, Ci, Dr,
   * Di]}, imaginary patterns signed.
   */
  void pairGeneral(float[] s, int p, int q, int length, float[] c);

  /** Exchanges the two runs (X, CNOT with no control on the lowest wires). */
  void swap(float[] s, int p, int q, int length);

  /** The run at p times a complex pattern starting at {@code c[offset]}: {@code [Er, Ei]}. */
  void scale(float[] s, int p, int length, float[] c, int offset);

  /**
   * Partners {@code t} amplitudes apart inside each register ({@code 2 t < lanes}):
   * {@code x'[m] = D[m] x[m] + O[m] x[m ^ t]} with real patterns {@code c = [D, O]}.
   */
  void lowReal(float[] s, int p, int length, int t, float[] c);

  /** {@link #lowReal} with complex patterns {@code c = [Dr, Di, Or, Oi]}, imaginary ones signed. */
  void lowGeneral(float[] s, int p, int length, int t, float[] c);

  /**
   * The run at p times a table of phases from table position e, then times {@code hr + i hi}:
   * {@code re} holds each real part twice, {@code im} each imaginary part as {@code -im, +im}.
   * Any length; a tail shorter than a register takes the scalar formula.
   */
  void tablePhase(float[] s, int p, int length, float[] re, float[] im, int e, float hr,
      float hi);

  /**
   * Two real 2x2 gates in one pass over four runs: at p, p + da, p + db and p + da + db (da and
   * db the first and second gate's distances), the first gate on (p, p + da) and
   * (p + db, p + da + db), then the second on (p, p + db) and (p + da, p + da + db); patterns as
   * {@link #pairReal}.
   */
  void realPairs(float[] s, int p, int da, int db, int length, float[] first, float[] second);

  /**
   * {@link FloatRealTriples}' three rotations with their cosines taken out, on the runs at
   * offsets d1, d2, d3 (in floats) from p and their sums: {@code x0 + u x1, x1 - u x0} per gate
   * in order, then times {@code scale}; length a multiple of {@link #lanes()}.
   */
  void realTriples(float[] s, int p, int d1, int d2, int d3, int length, float u1, float u2,
      float u3, float scale);

  /**
   * Moves whole registers along cycles, at every register of a run: {@code cycles[starts[c] ..
   * starts[c + 1])} are float offsets from p, the content at each going to the next and the
   * last's to the first (a chain of CNOTs on wires above the register).
   */
  void permute(float[] s, int p, int length, int[] cycles, int[] starts);

  /**
   * {@link #lowReal} for the wires of strides 4, 2 and 1 in turn, each register of the run loaded
   * and stored once ({@link FloatLowReals}); registers of sixteen floats only.
   */
  void lowReals(float[] s, int p, int length, float[] first, float[] second, float[] third);
}
