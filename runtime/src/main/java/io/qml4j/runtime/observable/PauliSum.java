package io.qml4j.runtime.observable;

import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable observable: a real-weighted sum of {@link PauliString}s, such as
 * {@code 0.5 Z0 Z1 - 0.2 X0 + 1.1}. Like terms are combined and terms whose coefficient becomes
 * exactly zero are dropped; terms keep the order in which they first appeared. Because an
 * observable is Hermitian, every coefficient is real: a product whose result has an imaginary
 * coefficient (such as {@code X0 * Y0 = i Z0}) is rejected.
 *
 * <p>This is the runtime's implementation of {@link Pauli}; {@link #PAULIS} builds it from an
 * {@code @Observable} method.
 */
public final class PauliSum implements Pauli {
  /**
   * Imaginary parts of product coefficients up to this fraction of the largest partial product
   * are rounding (e.g. from {@code (X0 Y0 + Y0 X0)} with inexact weights) and are dropped; larger
   * ones mean the product is not Hermitian.
   */
  static final double IMAGINARY_TOLERANCE = 1e-12;

  /** The {@link Paulis} factory that produces {@code PauliSum}s. */
  public static final Paulis PAULIS = new Paulis() {
    @Override
    public Pauli identity() {
      return PauliSum.identity();
    }

    @Override
    public Pauli x(int wire) {
      return PauliSum.x(wire);
    }

    @Override
    public Pauli y(int wire) {
      return PauliSum.y(wire);
    }

    @Override
    public Pauli z(int wire) {
      return PauliSum.z(wire);
    }

    @Override
    public Pauli parse(String text) {
      return PauliSum.parse(text);
    }
  };

  private static final PauliSum ZERO = new PauliSum(List.of());

  /**
   * One weighted term of a sum.
   *
   * @param coefficient the real, finite weight
   * @param string the Pauli string it multiplies
   */
  public record Term(double coefficient, PauliString string) {
    /** Validates the term. */
    public Term {
      checkFinite(coefficient);
      if (string == null) {
        throw new IllegalArgumentException("string: expected a Pauli string, got null");
      }
    }
  }

  private final List<Term> terms;

  private PauliSum(List<Term> terms) {
    this.terms = terms;
  }

  /** Pauli X on a wire. */
  public static PauliSum x(int wire) {
    return of(1, PauliString.of('X', wire));
  }

  /** Pauli Y on a wire. */
  public static PauliSum y(int wire) {
    return of(1, PauliString.of('Y', wire));
  }

  /** Pauli Z on a wire. */
  public static PauliSum z(int wire) {
    return of(1, PauliString.of('Z', wire));
  }

  /** The identity. */
  public static PauliSum identity() {
    return constant(1);
  }

  /** A constant times the identity. */
  public static PauliSum constant(double c) {
    return of(c, PauliString.identity());
  }

  /** The zero operator, the empty sum. */
  public static PauliSum zero() {
    return ZERO;
  }

  /** A single weighted string. */
  public static PauliSum of(double coefficient, PauliString string) {
    return of(List.of(new Term(coefficient, string)));
  }

  /** A sum of terms, like terms combined. */
  public static PauliSum of(List<Term> terms) {
    LinkedHashMap<PauliString, Double> combined = new LinkedHashMap<>();
    for (Term t : terms) {
      combined.merge(t.string(), t.coefficient(), Double::sum);
    }
    return fromMap(combined);
  }

  /**
   * Parses text such as {@code "0.5 Z0 Z1 - 0.2 X0 + 1.1"}, {@code "Z0Z1"}, {@code "-X2"},
   * {@code "1e-3 Y1 Y2"} or {@code "Z0 @ Z1"}: terms separated by + or -, each an optional
   * coefficient followed by letters I, X, Y, Z with their wire numbers, optionally joined by
   * {@code @} or {@code *}. A coefficient alone is a constant term.
   *
   * @throws PauliSyntaxException naming the column and what was expected there
   */
  public static PauliSum parse(String text) {
    return PauliParser.parseSum(text);
  }

  /** The terms, like terms combined, in order of first appearance (unmodifiable). */
  public List<Term> terms() {
    return terms;
  }

  /** The coefficient of the identity term, 0 when there is none. */
  public double constant() {
    return coefficient(PauliString.identity());
  }

  /** The coefficient of a string, 0 when the sum has no such term. */
  public double coefficient(PauliString string) {
    for (Term t : terms) {
      if (t.string().equals(string)) {
        return t.coefficient();
      }
    }
    return 0;
  }

  /** The largest wire any term acts on, or -1 when every term is constant. */
  public int maxWire() {
    int max = -1;
    for (Term t : terms) {
      max = Math.max(max, t.string().maxWire());
    }
    return max;
  }

  /** Whether this is the zero operator. */
  public boolean isZero() {
    return terms.isEmpty();
  }

  @Override
  public PauliSum plus(Pauli other) {
    PauliSum o = cast(other);
    LinkedHashMap<PauliString, Double> combined = toMap();
    for (Term t : o.terms) {
      combined.merge(t.string(), t.coefficient(), Double::sum);
    }
    return fromMap(combined);
  }

  @Override
  public PauliSum minus(Pauli other) {
    return plus(cast(other).scale(-1));
  }

  @Override
  public PauliSum scale(double coefficient) {
    checkFinite(coefficient);
    List<Term> scaled = new ArrayList<>(terms.size());
    for (Term t : terms) {
      scaled.add(new Term(t.coefficient() * coefficient, t.string()));
    }
    return of(scaled);
  }

  /**
   * The operator product {@code this * other}, expanded term by term with the phases of
   * {@link PauliString#times}.
   *
   * @throws IllegalArgumentException when the product has a term with an imaginary coefficient
   *     (it is not Hermitian, as {@code X0 * Y0 = i Z0})
   */
  @Override
  public PauliSum times(Pauli other) {
    PauliSum o = cast(other);
    LinkedHashMap<PauliString, double[]> sums = new LinkedHashMap<>();
    double largest = 0;
    for (Term a : terms) {
      for (Term b : o.terms) {
        PauliString.Product p = a.string().times(b.string());
        double c = a.coefficient() * b.coefficient();
        largest = Math.max(largest, Math.abs(c));
        double[] z = sums.computeIfAbsent(p.string(), k -> new double[2]);
        // i^k times a real c: k = 0 -> c, 1 -> ic, 2 -> -c, 3 -> -ic
        z[p.iPower() & 1] += (p.iPower() & 2) == 0 ? c : -c;
      }
    }
    LinkedHashMap<PauliString, Double> real = new LinkedHashMap<>();
    for (Map.Entry<PauliString, double[]> e : sums.entrySet()) {
      double re = e.getValue()[0], im = e.getValue()[1];
      if (Math.abs(im) > IMAGINARY_TOLERANCE * largest) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "other: the product (%s) * (%s) has the term %s with the imaginary coefficient %si; "
                + "an observable must be Hermitian with real weights (the product of "
                + "anticommuting Paulis is not)",
            this, o, e.getKey(), format(im)));
      }
      real.put(e.getKey(), re);
    }
    return fromMap(real);
  }

  /** Text that {@link #parse} reads back to an equal sum, e.g. {@code 0.5 Z0 Z1 - 0.2 X0 + 1.1}. */
  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    for (Term t : terms) {
      double c = t.coefficient();
      boolean negative = c < 0;
      if (sb.length() == 0) {
        sb.append(negative ? "-" : "");
      } else {
        sb.append(negative ? " - " : " + ");
      }
      double magnitude = Math.abs(c);
      if (t.string().isIdentity()) {
        sb.append(format(magnitude));
      } else {
        if (magnitude != 1) {
          sb.append(format(magnitude)).append(' ');
        }
        sb.append(t.string());
      }
    }
    return sb.toString();
  }

  /** Equal as operators: the same strings with the same coefficients, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PauliSum p && toMap().equals(p.toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  /** A coefficient as the shortest text that reads back to the same double. */
  static String format(double c) {
    if (c == Math.rint(c) && Math.abs(c) < 1e15) {
      return Long.toString((long) c);
    }
    return Double.toString(c);
  }

  private LinkedHashMap<PauliString, Double> toMap() {
    LinkedHashMap<PauliString, Double> map = new LinkedHashMap<>();
    for (Term t : terms) {
      map.put(t.string(), t.coefficient());
    }
    return map;
  }

  private static PauliSum fromMap(Map<PauliString, Double> combined) {
    List<Term> list = new ArrayList<>(combined.size());
    for (Map.Entry<PauliString, Double> e : combined.entrySet()) {
      if (e.getValue() != 0) {
        list.add(new Term(e.getValue(), e.getKey()));
      }
    }
    return list.isEmpty() ? ZERO : new PauliSum(Collections.unmodifiableList(list));
  }

  private static PauliSum cast(Pauli other) {
    if (other instanceof PauliSum p) {
      return p;
    }
    throw new IllegalArgumentException("other: expected a PauliSum (built with PauliSum.PAULIS), got "
        + (other == null ? "null" : other.getClass().getName()));
  }

  private static void checkFinite(double coefficient) {
    if (!Double.isFinite(coefficient)) {
      throw new IllegalArgumentException(
          "coefficient: expected a finite number, got " + coefficient);
    }
  }
}
