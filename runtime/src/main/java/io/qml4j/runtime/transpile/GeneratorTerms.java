package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Pauli expansion of the generator K of the excitation gates, {@code U(t) = exp(-i t K / 2)},
 * read from the gate table's own matrix rather than typed in. K has eigenvalues -1, 0 and 1, so
 * {@code U(t) = I + (cos(t/2) - 1) K^2 - i sin(t/2) K} and {@code K = (U(-pi) - U(pi)) / 2i};
 * its coefficient on a Pauli word P is {@code Tr(P K) / 2^n}. The words of each excitation commute
 * (PennyLane's decompositions rely on the same fact), so U is the product of their rotations.
 */
final class GeneratorTerms {
  /** Below this a Pauli coefficient of K is rounding, not a term. */
  private static final double NEGLIGIBLE = 1e-12;

  /**
   * One term of the generator.
   *
   * @param word the Pauli word, one letter per wire of the gate
   * @param coefficient its real coefficient
   */
  record Term(String word, double coefficient) {}

  private static final Map<Gate, List<Term>> CACHE = new EnumMap<>(Gate.class);

  private GeneratorTerms() {}

  static synchronized List<Term> of(Gate gate) {
    return CACHE.computeIfAbsent(gate, GeneratorTerms::expand);
  }

  private static List<Term> expand(Gate gate) {
    int n = gate.wires();
    int d = 1 << n;
    double[] plus = gate.matrix(Math.PI), minus = gate.matrix(-Math.PI);
    // K = (U(-pi) - U(pi)) / 2i: (a + ib) / 2i = (b - ia) / 2
    double[] k = new double[2 * d * d];
    for (int e = 0; e < d * d; e++) {
      double re = minus[2 * e] - plus[2 * e], im = minus[2 * e + 1] - plus[2 * e + 1];
      k[2 * e] = im / 2;
      k[2 * e + 1] = -re / 2;
    }
    List<Term> terms = new ArrayList<>();
    char[] letters = {'I', 'X', 'Y', 'Z'};
    for (int code = 1; code < (1 << (2 * n)); code++) {
      char[] word = new char[n];
      for (int w = 0; w < n; w++) {
        word[w] = letters[(code >> (2 * (n - 1 - w))) & 3];
      }
      double[] p = GateMatrices.pauliWord(new String(word));
      // Tr(P K) = sum_{r,c} P[r][c] K[c][r]; real because both are Hermitian
      double trace = 0;
      for (int r = 0; r < d; r++) {
        for (int c = 0; c < d; c++) {
          int pr = 2 * (r * d + c), kc = 2 * (c * d + r);
          trace += p[pr] * k[kc] - p[pr + 1] * k[kc + 1];
        }
      }
      double coefficient = trace / d;
      if (Math.abs(coefficient) > NEGLIGIBLE) {
        terms.add(new Term(new String(word), coefficient));
      }
    }
    return List.copyOf(terms);
  }
}
