package io.qml4j.runtime.batch;

/**
 * The inner loops of {@link BatchKernels} and {@link BatchExpectation} over contiguous lanes,
 * implemented on the Vector API ({@code VectorLaneKernels}, loaded by {@link LaneSimd} when the
 * module resolves). Each method does the scalar formula's multiplications and additions in the
 * same order, so both paths give the same results bit for bit.
 */
interface LaneKernels {
  /** Doubles per register. */
  int lanes();

  /**
   * {@code [[a, b], [c, d]]} on the pairs {@code (j, j + offset)} for j in
   * {@code [from, from + length)}.
   */
  void general1(double[] re, double[] im, int from, int offset, int length,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di);

  /**
   * A matrix per lane on the pairs {@code (j0 + b, j0 + offset + b)}, b in {@code [0, lanes)},
   * entry e of lane b at {@code m[e * lanes + b]}.
   */
  void general1Lanes(double[] re, double[] im, int j0, int offset, int lanes, double[] m);

  /** Swaps {@code a[j]} and {@code a[j + offset]} for j in {@code [from, from + length)}. */
  void swap(double[] a, int from, int offset, int length);

  /** {@code sums[b] += c * (re[j0 + b]^2 + im[j0 + b]^2)} for b in {@code [0, lanes)}. */
  void addProbabilities(double[] re, double[] im, int j0, int lanes, double c, double[] sums);
}
