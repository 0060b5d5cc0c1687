package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.StateVector;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Several states laid out for many inner products at once: column j of a kernel matrix is state
 * j, and its amplitudes are stored transposed, one array of real parts and one of imaginary parts
 * per basis index ({@code re[k][j]}, {@code im[k][j]}). A row state against all columns is then a
 * complex matrix-vector product whose inner loop runs over columns with the same index into every
 * array, the shape C2 auto-vectorises (SIMD registers hold consecutive columns), with no flag and
 * on every JDK; the interleaved pair-by-pair loop it replaces was a sequential sum, one
 * multiply-add chain per pair.
 *
 * <p>Every entry sums {@code conj(a_k) b_k} over k in the same order with the same operations as
 * {@link FidelityKernel#fidelity(StateVector, StateVector)}, so the two agree bit for bit, and an
 * entry does not depend on which other columns or rows were computed with it (results are
 * independent of blocking and threads). Immutable after construction; {@link #fidelities} may be
 * called from several threads, each with its own output and scratch arrays.
 */
public final class TransposedStates {
  /**
   * Columns swept per pass over the basis: the two accumulator runs (2 x 512 doubles, 8 KiB) stay
   * in the 32 KiB level-1 cache while every basis index's columns stream past them.
   */
  static final int COLUMN_CHUNK = 512;

  private final int qubits;
  private final int count;
  private final double[][] re;
  private final double[][] im;

  private TransposedStates(int qubits, int count, double[][] re, double[][] im) {
    this.qubits = qubits;
    this.count = count;
    this.re = re;
    this.im = im;
  }

  /**
   * The given states, transposed.
   *
   * @param states at least one state, all of the same number of qubits
   */
  public static TransposedStates of(StateVector[] states) {
    Objects.requireNonNull(states, "states");
    if (states.length == 0) {
      throw new IllegalArgumentException("states: expected at least one state, got none");
    }
    int qubits = Objects.requireNonNull(states[0], "states[0]").qubits();
    int dimension = 1 << qubits;
    double[][] re = new double[dimension][states.length];
    double[][] im = new double[dimension][states.length];
    for (int j = 0; j < states.length; j++) {
      StateVector s = states[j];
      if (s == null) {
        throw new NullPointerException("states[" + j + "]");
      }
      if (s.qubits() != qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "states: state %d has %d qubits, state 0 has %d", j, s.qubits(), qubits));
      }
      double[] a = s.amplitudes();
      for (int k = 0; k < dimension; k++) {
        re[k][j] = a[2 * k];
        im[k][j] = a[2 * k + 1];
      }
    }
    return new TransposedStates(qubits, states.length, re, im);
  }

  /** The number of states (columns). */
  public int size() {
    return count;
  }

  /** The qubits of every state. */
  public int qubits() {
    return qubits;
  }

  /**
   * {@code |<row|column j>|^2} for every column.
   *
   * @param row a state of {@link #qubits()} qubits
   */
  public double[] fidelities(StateVector row) {
    double[] out = new double[count];
    fidelities(row, 0, out, new double[count]);
    return out;
  }

  /**
   * {@code out[j] = |<row|column j>|^2} for columns {@code from <= j < size()}; entries below
   * {@code from} are left as they were (a symmetric matrix needs only its upper triangle).
   *
   * @param row a state of {@link #qubits()} qubits
   * @param from the first column, 0..size()
   * @param out at least {@link #size()} long; receives the fidelities
   * @param scratch at least {@link #size()} long; overwritten (the imaginary parts)
   */
  public void fidelities(StateVector row, int from, double[] out, double[] scratch) {
    Objects.requireNonNull(row, "row");
    if (row.qubits() != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "row: expected %d qubits, got %d", qubits, row.qubits()));
    }
    if (from < 0 || from > count) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "from: expected 0..%d, got %d", count, from));
    }
    if (out.length < count || scratch.length < count) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "out, scratch: expected at least %d entries, got %d and %d",
          count, out.length, scratch.length));
    }
    double[] a = row.amplitudes();
    for (int c0 = from; c0 < count; c0 += COLUMN_CHUNK) {
      int c1 = Math.min(count, c0 + COLUMN_CHUNK);
      overlaps(a, c0, c1, out, scratch);
      for (int j = c0; j < c1; j++) {
        out[j] = out[j] * out[j] + scratch[j] * scratch[j];
      }
    }
  }

  /**
   * {@code <a|column j>} for {@code c0 <= j < c1}, real parts into {@code sumRe}, imaginary into
   * {@code sumIm}. The basis index is the outer loop and the column the inner one, with one index
   * j into all four arrays: C2 then vectorises the inner loop, which it does not do for a body
   * that updates several rows' sums (too large to unroll, and the stores to one row's sums might
   * alias the loads of another's), measured at 2.5 to 3x slower.
   */
  private void overlaps(double[] a, int c0, int c1, double[] sumRe, double[] sumIm) {
    Arrays.fill(sumRe, c0, c1, 0);
    Arrays.fill(sumIm, c0, c1, 0);
    for (int k = 0; k < re.length; k++) {
      double ar = a[2 * k];
      double ai = a[2 * k + 1];
      double[] br = re[k];
      double[] bi = im[k];
      for (int j = c0; j < c1; j++) {
        // conj(a) b = (ar br + ai bi) + i (ar bi - ai br), as FidelityKernel.fidelity sums it
        sumRe[j] += ar * br[j] + ai * bi[j];
        sumIm[j] += ar * bi[j] - ai * br[j];
      }
    }
  }
}
