package io.qml4j.dsl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable observable: a real-weighted sum of {@link PauliWord}s such as
 * {@code 0.5 Z0 Z1 - 0.2 X0 + 1.1}. This is the one definition of the observable algebra, shared by
 * the runtime's {@code PauliSum} and the compile-time processor, so that a model's observable means
 * the same in both. Like terms are combined and terms whose coefficient becomes exactly zero are
 * dropped; terms keep the order in which they first appeared. Every coefficient is real, because an
 * observable is Hermitian: a product with an imaginary coefficient (such as
 * {@code X0 * Y0 = i Z0}) is rejected where it is formed, in {@link #times} or in {@link PauliText}.
 *
 * <p>{@link #plus} takes constant time and combines like terms only when the terms are first read,
 * so that a sum built one string at a time from thousands of strings costs time linear in their
 * number rather than one copy of the sum per string.
 */
public final class PauliPolynomial {
  /**
   * Imaginary parts of product coefficients up to this fraction of the largest partial product
   * are rounding (e.g. from {@code (X0 Y0 + Y0 X0)} with inexact weights) and are dropped; larger
   * ones mean the product is not Hermitian.
   */
  public static final double IMAGINARY_TOLERANCE = 1e-12;

  private static final PauliPolynomial ZERO = new PauliPolynomial(List.of());

  /**
   * One weighted term.
   *
   * @param coefficient the real, finite weight
   * @param word the Pauli string it multiplies
   */
  public record Term(double coefficient, PauliWord word) {
    /** Validates the term. */
    public Term {
      checkFinite(coefficient);
      if (word == null) {
        throw new IllegalArgumentException("word: expected a Pauli string, got null");
      }
    }
  }

  /** The combined terms; null until a pending sum is first read. */
  private volatile List<Term> terms;
  /** The two summands of a pending sum, null once built flat. */
  private final PauliPolynomial left;
  private final PauliPolynomial right;

  private PauliPolynomial(List<Term> terms) {
    this.terms = terms;
    this.left = null;
    this.right = null;
  }

  private PauliPolynomial(PauliPolynomial left, PauliPolynomial right) {
    this.left = left;
    this.right = right;
  }

  /** The zero operator, the empty sum. */
  public static PauliPolynomial zero() {
    return ZERO;
  }

  /** A real constant times the identity. */
  public static PauliPolynomial constant(double c) {
    return of(c, PauliWord.identity());
  }

  /** One letter (I, X, Y or Z) on one wire, with weight 1. */
  public static PauliPolynomial letter(char letter, int wire) {
    return of(1, PauliWord.of(letter, wire));
  }

  /** A single weighted word. */
  public static PauliPolynomial of(double coefficient, PauliWord word) {
    return of(List.of(new Term(coefficient, word)));
  }

  /** A sum of terms, like terms combined. */
  public static PauliPolynomial of(List<Term> terms) {
    LinkedHashMap<PauliWord, Double> combined = new LinkedHashMap<>();
    for (Term t : terms) {
      combined.merge(t.word(), t.coefficient(), Double::sum);
    }
    return fromMap(combined);
  }

  /** The terms, like terms combined, in order of first appearance (unmodifiable). */
  public List<Term> terms() {
    List<Term> t = terms;
    if (t == null) {
      t = flatten();
      terms = t;
    }
    return t;
  }

  /** The coefficient of a word, 0 when the sum has no such term. */
  public double coefficient(PauliWord word) {
    for (Term t : terms()) {
      if (t.word().equals(word)) {
        return t.coefficient();
      }
    }
    return 0;
  }

  /** The largest wire any term acts on, or -1 when every term is constant. */
  public int maxWire() {
    int max = -1;
    for (Term t : terms()) {
      max = Math.max(max, t.word().maxWire());
    }
    return max;
  }

  /** Whether this is the zero operator. */
  public boolean isZero() {
    return terms().isEmpty();
  }

  /** {@code this + other}. */
  public PauliPolynomial plus(PauliPolynomial other) {
    return new PauliPolynomial(this, other);
  }

  /** {@code this - other}. */
  public PauliPolynomial minus(PauliPolynomial other) {
    return plus(other.scale(-1));
  }

  /**
   * {@code this * coefficient}.
   *
   * @throws IllegalArgumentException when the coefficient is not finite
   */
  public PauliPolynomial scale(double coefficient) {
    checkFinite(coefficient);
    List<Term> scaled = new ArrayList<>(terms().size());
    for (Term t : terms()) {
      scaled.add(new Term(t.coefficient() * coefficient, t.word()));
    }
    return of(scaled);
  }

  /**
   * The operator product {@code this * other}, expanded term by term with the phases of
   * {@link PauliWord#times}.
   *
   * @throws IllegalArgumentException when the product has a term with an imaginary coefficient
   *     larger than {@link #IMAGINARY_TOLERANCE} times the largest partial product (it is not
   *     Hermitian, as {@code X0 * Y0 = i Z0})
   */
  public PauliPolynomial times(PauliPolynomial other) {
    LinkedHashMap<PauliWord, double[]> sums = new LinkedHashMap<>();
    double largest = 0;
    for (Term a : terms()) {
      for (Term b : other.terms()) {
        PauliWord.Product p = a.word().times(b.word());
        double c = a.coefficient() * b.coefficient();
        largest = Math.max(largest, Math.abs(c));
        double[] z = sums.computeIfAbsent(p.word(), k -> new double[2]);
        // i^k times a real c: k = 0 -> c, 1 -> ic, 2 -> -c, 3 -> -ic
        z[p.iPower() & 1] += (p.iPower() & 2) == 0 ? c : -c;
      }
    }
    LinkedHashMap<PauliWord, Double> real = new LinkedHashMap<>();
    for (Map.Entry<PauliWord, double[]> e : sums.entrySet()) {
      double re = e.getValue()[0];
      double im = e.getValue()[1];
      if (Math.abs(im) > IMAGINARY_TOLERANCE * largest) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the product (%s) * (%s) has the term %s with the imaginary coefficient %si; "
                + "an observable must be Hermitian with real weights (the product of "
                + "anticommuting Paulis is not)",
            this, other, e.getKey(), format(im)));
      }
      real.put(e.getKey(), re);
    }
    return fromMap(real);
  }

  /** Text that {@link PauliText#parseSum} reads back to an equal sum, or {@code 0}. */
  @Override
  public String toString() {
    List<Term> list = terms();
    if (list.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (Term t : list) {
      double c = t.coefficient();
      boolean negative = c < 0;
      if (sb.length() == 0) {
        sb.append(negative ? "-" : "");
      } else {
        sb.append(negative ? " - " : " + ");
      }
      double magnitude = Math.abs(c);
      if (t.word().isIdentity()) {
        sb.append(format(magnitude));
      } else {
        if (magnitude != 1) {
          sb.append(format(magnitude)).append(' ');
        }
        sb.append(t.word());
      }
    }
    return sb.toString();
  }

  /** Equal as operators: the same words with the same coefficients, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PauliPolynomial && toMap().equals(((PauliPolynomial) o).toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  /** A coefficient as the shortest text that reads back to the same double. */
  public static String format(double c) {
    if (c == Math.rint(c) && Math.abs(c) < 1e15) {
      return Long.toString((long) c);
    }
    return Double.toString(c);
  }

  /**
   * Combines the summands of a pending sum, walking the tree of sums with an explicit stack, since
   * a sum of many strings built one at a time is a chain as deep as their number.
   */
  private List<Term> flatten() {
    LinkedHashMap<PauliWord, Double> combined = new LinkedHashMap<>();
    Deque<PauliPolynomial> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      PauliPolynomial p = stack.pop();
      List<Term> flat = p.terms;
      if (flat != null) {
        for (Term t : flat) {
          combined.merge(t.word(), t.coefficient(), Double::sum);
        }
      } else {
        stack.push(p.right);
        stack.push(p.left);
      }
    }
    return fromMap(combined).terms;
  }

  private Map<PauliWord, Double> toMap() {
    Map<PauliWord, Double> map = new LinkedHashMap<>();
    for (Term t : terms()) {
      map.put(t.word(), t.coefficient());
    }
    return map;
  }

  private static PauliPolynomial fromMap(Map<PauliWord, Double> combined) {
    List<Term> list = new ArrayList<>(combined.size());
    for (Map.Entry<PauliWord, Double> e : combined.entrySet()) {
      if (e.getValue() != 0) {
        list.add(new Term(e.getValue(), e.getKey()));
      }
    }
    return list.isEmpty() ? ZERO : new PauliPolynomial(Collections.unmodifiableList(list));
  }

  private static void checkFinite(double coefficient) {
    if (!Double.isFinite(coefficient)) {
      throw new IllegalArgumentException(
          "coefficient: expected a finite number, got " + coefficient);
    }
  }
}
