package io.qml4j.runtime.qaoa;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A quadratic unconstrained binary objective {@code f(x) = offset + sum_i c_i x_i
 * + sum_(i,j) Q_ij x_i x_j} over {@code x in {0,1}^n}, turned into an {@link IsingCost} by
 * {@code x_i = (1 - Z_i) / 2} (Lucas, Front. Phys. 2, 5 (2014), sec. 2). Bit i of a basis state is
 * {@code x_i}, so a QAOA sample reads directly as an assignment.
 */
public final class Qubo {
  private Qubo() {}

  /**
   * The Ising cost equal to f on every assignment, for QAOA to maximise.
   *
   * @param quadratic Q, n x n (any matrix: {@code Q_ij} and {@code Q_ji} both count)
   * @param linear c, n entries
   * @param offset the constant
   */
  public static IsingCost maximise(double[][] quadratic, double[] linear, double offset) {
    int n = check(quadratic, linear, offset);
    List<PauliSum.Term> terms = new ArrayList<>();
    terms.add(new PauliSum.Term(offset, PauliString.identity()));
    for (int i = 0; i < n; i++) {
      // c x = c/2 - (c/2) Z, and Q_ii x_i^2 = Q_ii x_i
      double c = linear[i] + quadratic[i][i];
      terms.add(new PauliSum.Term(c / 2, PauliString.identity()));
      terms.add(new PauliSum.Term(-c / 2, PauliString.of('Z', i)));
      for (int j = 0; j < n; j++) {
        if (j != i && quadratic[i][j] != 0) {
          // Q x_i x_j = Q/4 (1 - Z_i - Z_j + Z_i Z_j)
          double q = quadratic[i][j] / 4;
          terms.add(new PauliSum.Term(q, PauliString.identity()));
          terms.add(new PauliSum.Term(-q, PauliString.of('Z', i)));
          terms.add(new PauliSum.Term(-q, PauliString.of('Z', j)));
          terms.add(new PauliSum.Term(q,
              PauliString.parse("Z" + Math.min(i, j) + " Z" + Math.max(i, j))));
        }
      }
    }
    return IsingCost.of(PauliSum.of(terms), n);
  }

  /** The Ising cost equal to {@code -f}: maximising it minimises f. */
  public static IsingCost minimise(double[][] quadratic, double[] linear, double offset) {
    int n = check(quadratic, linear, offset);
    double[][] q = new double[n][n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = -linear[i];
      for (int j = 0; j < n; j++) {
        q[i][j] = -quadratic[i][j];
      }
    }
    return maximise(q, c, -offset);
  }

  /** f at an assignment x of 0/1 values, evaluated directly (the classical reference). */
  public static double value(double[][] quadratic, double[] linear, double offset, int[] x) {
    int n = check(quadratic, linear, offset);
    if (x == null || x.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d bits, got %s", n, x == null ? "null" : Integer.toString(x.length)));
    }
    double f = offset;
    for (int i = 0; i < n; i++) {
      f += linear[i] * x[i];
      for (int j = 0; j < n; j++) {
        f += quadratic[i][j] * x[i] * x[j];
      }
    }
    return f;
  }

  private static int check(double[][] quadratic, double[] linear, double offset) {
    if (linear == null || quadratic == null) {
      throw new IllegalArgumentException("quadratic, linear: expected arrays, got null");
    }
    int n = linear.length;
    if (n < 1 || n > Graph.MAX_NODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "linear: expected 1..%d variables, got %d", Graph.MAX_NODES, n));
    }
    if (quadratic.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "quadratic: expected %d x %d, got %d rows", n, n, quadratic.length));
    }
    for (int i = 0; i < n; i++) {
      if (quadratic[i].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "quadratic: expected %d x %d, row %d has %d entries", n, n, i, quadratic[i].length));
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(quadratic[i][j])) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "quadratic: entry (%d, %d) is %s, expected a finite number", i, j,
              quadratic[i][j]));
        }
      }
      if (!Double.isFinite(linear[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "linear: entry %d is %s, expected a finite number", i, linear[i]));
      }
    }
    if (!Double.isFinite(offset)) {
      throw new IllegalArgumentException("offset: expected a finite number, got " + offset);
    }
    return n;
  }
}
