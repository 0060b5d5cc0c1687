package io.qml4j.runtime.vqe.chem;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The Jordan-Wigner mapping of a second-quantised fermionic Hamiltonian onto qubits, spin orbital p
 * on wire p (wire 0 the most significant bit of a basis index, the OpenFermion and PennyLane
 * ordering). Under Jordan-Wigner, {@code a_p = Z_0 ... Z_(p-1) (X_p + i Y_p) / 2}: on an
 * occupation-number basis state it empties orbital p with the sign {@code (-1)^(occupied orbitals
 * before p)}. The mapping is therefore carried out exactly by building the qubit operator's matrix
 * from that action and reading the Pauli coefficients back with {@code c_P = Tr(P H) / 2^n}; for
 * the handful of spin orbitals of small molecules this is both simpler and easier to check than
 * symbolic operator algebra.
 */
public final class JordanWigner {
  /**
   * Pauli coefficients below this magnitude are dropped: for the Hamiltonians built here they are
   * zero by symmetry and appear only as rounding noise of order 1e-17.
   */
  public static final double ZERO_COEFFICIENT = 1e-12;

  /**
   * Largest asymmetry {@code |H[r][c] - H[c][r]|} accepted as rounding; the decomposition reads the
   * symmetric part.
   */
  public static final double SYMMETRY_TOLERANCE = 1e-12;

  /** Most spin orbitals the dense construction accepts: a 2^12 x 2^12 matrix is 128 MiB. */
  public static final int MAX_MODES = 12;

  private JordanWigner() {}

  /**
   * The dense matrix of {@code H = constant + sum_pq h_pq a+_p a_q
   * + 1/2 sum_pqrs <pq|rs> a+_p a+_q a_s a_r} in the occupation-number basis.
   *
   * @param constant the scalar part (nuclear repulsion, for a molecule)
   * @param oneBody {@code h_pq} over spin orbitals, n x n
   * @param twoBody {@code <pq|rs>}, physicists' notation, over spin orbitals, n x n x n x n
   */
  public static double[][] hamiltonianMatrix(
      double constant, double[][] oneBody, double[][][][] twoBody) {
    int n = oneBody.length;
    if (n < 1 || n > MAX_MODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "oneBody: expected 1..%d spin orbitals, got %d", MAX_MODES, n));
    }
    checkShape(oneBody, twoBody, n);
    int dim = 1 << n;
    double[][] h = new double[dim][dim];
    for (int b = 0; b < dim; b++) {
      h[b][b] += constant;
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          if (oneBody[p][q] != 0) {
            addTerm(h, n, b, oneBody[p][q], new int[] {q}, new int[] {p});
          }
        }
      }
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          for (int r = 0; r < n; r++) {
            for (int s = 0; s < n; s++) {
              if (twoBody[p][q][r][s] != 0) {
                // a+_p a+_q a_s a_r: apply a_r, then a_s, then a+_q, then a+_p
                addTerm(h, n, b, 0.5 * twoBody[p][q][r][s], new int[] {r, s}, new int[] {q, p});
              }
            }
          }
        }
      }
    }
    return h;
  }

  /**
   * The Pauli decomposition {@code sum_P (Tr(P H) / 2^n) P} of a real symmetric 2^n x 2^n matrix
   * (symmetric to {@link #SYMMETRY_TOLERANCE}),
   * dropping coefficients below {@link #ZERO_COEFFICIENT}. Terms come ordered by weight, then by
   * wires, then by letters (I before X before Y before Z), identity first.
   */
  public static PauliSum pauliSum(double[][] matrix) {
    int dim = matrix.length;
    int n = Integer.numberOfTrailingZeros(dim);
    if (dim < 2 || Integer.bitCount(dim) != 1 || n > MAX_MODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "matrix: expected 2^n rows with 1 <= n <= %d, got %d", MAX_MODES, dim));
    }
    for (int r = 0; r < dim; r++) {
      if (matrix[r].length != dim) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "matrix: row %d has %d entries, expected %d", r, matrix[r].length, dim));
      }
      for (int c = 0; c < r; c++) {
        if (Math.abs(matrix[r][c] - matrix[c][r]) > SYMMETRY_TOLERANCE) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "matrix: not symmetric at (%d, %d): %s vs %s", r, c, matrix[r][c], matrix[c][r]));
        }
      }
    }
    List<PauliSum.Term> terms = new ArrayList<>();
    char[] letters = new char[n];
    for (int code = 0; code < 1 << (2 * n); code++) {
      for (int w = 0; w < n; w++) {
        letters[w] = "IXYZ".charAt((code >> (2 * (n - 1 - w))) & 3);
      }
      double c = traceWith(matrix, letters) / dim;
      if (Math.abs(c) > ZERO_COEFFICIENT) {
        terms.add(new PauliSum.Term(c, string(letters)));
      }
    }
    terms.sort(Comparator.comparingInt((PauliSum.Term t) -> t.string().weight())
        .thenComparing(t -> t.string(), JordanWigner::compareStrings));
    return PauliSum.of(terms);
  }

  /**
   * The real part of {@code Tr(P H) = sum_c <c|P... >}: P maps |c> to phase(c) |c ^ flips>, so
   * {@code Tr(P H) = sum_c phase(c) H[c][c ^ flips]}. For a real symmetric H the trace with a string
   * of odd Y count is imaginary and cancels to zero, so only strings with an even Y count survive.
   */
  private static double traceWith(double[][] h, char[] letters) {
    int n = letters.length;
    int flips = 0;
    int ys = 0;
    for (int w = 0; w < n; w++) {
      if (letters[w] == 'X' || letters[w] == 'Y') {
        flips |= 1 << (n - 1 - w);
      }
      if (letters[w] == 'Y') {
        ys++;
      }
    }
    if ((ys & 1) == 1) {
      return 0;
    }
    double sum = 0;
    for (int c = 0; c < h.length; c++) {
      // phase(c) = i^ys * (-1)^(Z on a 1 bit) * (-1)^(Y on a 1 bit), since Y|0> = i|1>, Y|1> = -i|0>
      int minus = ys / 2;
      for (int w = 0; w < n; w++) {
        boolean one = (c >> (n - 1 - w) & 1) == 1;
        if (one && (letters[w] == 'Z' || letters[w] == 'Y')) {
          minus++;
        }
      }
      double symmetric = 0.5 * (h[c][c ^ flips] + h[c ^ flips][c]);
      sum += ((minus & 1) == 0 ? 1 : -1) * symmetric;
    }
    return sum;
  }

  /**
   * Adds {@code coefficient * (product of operators)|b>} to column b: first the annihilators in
   * order, then the creators in order; a vanishing product adds nothing.
   */
  private static void addTerm(
      double[][] h, int n, int b, double coefficient, int[] annihilate, int[] create) {
    int state = b;
    int sign = 1;
    for (int p : annihilate) {
      int bit = 1 << (n - 1 - p);
      if ((state & bit) == 0) {
        return;
      }
      sign *= parity(state, n, p);
      state ^= bit;
    }
    for (int p : create) {
      int bit = 1 << (n - 1 - p);
      if ((state & bit) != 0) {
        return;
      }
      sign *= parity(state, n, p);
      state ^= bit;
    }
    h[state][b] += sign * coefficient;
  }

  /** {@code (-1)^(number of occupied orbitals before p)}: the Jordan-Wigner string Z_0 ... Z_(p-1). */
  private static int parity(int state, int n, int p) {
    int before = state >>> (n - p);
    return (Integer.bitCount(before) & 1) == 0 ? 1 : -1;
  }

  private static PauliString string(char[] letters) {
    TreeMap<Integer, Character> map = new TreeMap<>();
    for (int w = 0; w < letters.length; w++) {
      if (letters[w] != 'I') {
        map.put(w, letters[w]);
      }
    }
    return PauliString.of(map);
  }

  static int compareStrings(PauliString a, PauliString b) {
    int[] wa = a.wires(), wb = b.wires();
    for (int i = 0; i < Math.min(wa.length, wb.length); i++) {
      if (wa[i] != wb[i]) {
        return Integer.compare(wa[i], wb[i]);
      }
    }
    if (wa.length != wb.length) {
      return Integer.compare(wa.length, wb.length);
    }
    for (int w : wa) {
      int c = Character.compare(a.letter(w), b.letter(w));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static void checkShape(double[][] oneBody, double[][][][] twoBody, int n) {
    for (double[] row : oneBody) {
      if (row.length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "oneBody: expected a %d x %d array, got a row of %d", n, n, row.length));
      }
    }
    boolean ok = twoBody.length == n;
    for (int p = 0; ok && p < n; p++) {
      ok = twoBody[p].length == n;
      for (int q = 0; ok && q < n; q++) {
        ok = twoBody[p][q].length == n;
        for (int r = 0; ok && r < n; r++) {
          ok = twoBody[p][q][r].length == n;
        }
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "twoBody: expected a %d x %d x %d x %d array", n, n, n, n));
    }
  }
}
