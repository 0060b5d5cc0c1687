package io.qml4j.runtime.observable;

import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.PauliPolynomial;
import io.qml4j.dsl.PauliText;
import io.qml4j.dsl.PauliTextException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable observable: a real-weighted sum of {@link PauliString}s, such as
 * {@code 0.5 Z0 Z1 - 0.2 X0 + 1.1}. Like terms are combined and terms whose coefficient becomes
 * exactly zero are dropped; terms keep the order in which they first appeared. Because an
 * observable is Hermitian, every coefficient is real: a product whose result has an imaginary
 * coefficient (such as {@code X0 * Y0 = i Z0}) is rejected.
 *
 * <p>This is the runtime's implementation of {@link Pauli}; {@link #PAULIS} builds it from an
 * {@code @Observable} method. Its text and algebra are the shared {@link PauliText} and
 * {@link PauliPolynomial}, which the processor uses for compiled models too.
 */
public final class PauliSum implements Pauli {
  /** The tolerance of the shared Hermiticity check, {@link PauliPolynomial#IMAGINARY_TOLERANCE}. */
  static final double IMAGINARY_TOLERANCE = PauliPolynomial.IMAGINARY_TOLERANCE;

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

  private static final PauliSum ZERO = new PauliSum(PauliPolynomial.zero());

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

  private final PauliPolynomial value;
  /** {@link #value}'s terms as runtime types, built on first use. */
  private volatile List<Term> terms;

  private PauliSum(PauliPolynomial value) {
    this.value = value;
  }

  /** The sum of a shared {@link PauliPolynomial}. */
  public static PauliSum of(PauliPolynomial value) {
    return value.isZero() ? ZERO : new PauliSum(value);
  }

  /** This sum as the shared {@link PauliPolynomial}. */
  public PauliPolynomial polynomial() {
    return value;
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
    List<PauliPolynomial.Term> shared = new ArrayList<>(terms.size());
    for (Term t : terms) {
      shared.add(new PauliPolynomial.Term(t.coefficient(), t.string().word()));
    }
    return of(PauliPolynomial.of(shared));
  }

  /**
   * Parses text such as {@code "0.5 Z0 Z1 - 0.2 X0 + 1.1"}, {@code "Z0Z1"}, {@code "-X2"},
   * {@code "1e-3 Y1 Y2"} or {@code "Z0 @ Z1"}: terms separated by + or -, each an optional
   * coefficient followed by letters I, X, Y, Z with their wire numbers, optionally joined by
   * {@code @} or {@code *}. A coefficient alone is a constant term. The grammar is
   * {@link PauliText}'s.
   *
   * @throws PauliSyntaxException naming the column and what was expected there
   */
  public static PauliSum parse(String text) {
    try {
      return of(PauliText.parseSum(text));
    } catch (PauliTextException e) {
      throw new PauliSyntaxException(e);
    }
  }

  /** The terms, like terms combined, in order of first appearance (unmodifiable). */
  public List<Term> terms() {
    List<Term> t = terms;
    if (t == null) {
      List<Term> list = new ArrayList<>();
      for (PauliPolynomial.Term s : value.terms()) {
        list.add(new Term(s.coefficient(), PauliString.of(s.word())));
      }
      t = Collections.unmodifiableList(list);
      terms = t;
    }
    return t;
  }

  /** The coefficient of the identity term, 0 when there is none. */
  public double constant() {
    return coefficient(PauliString.identity());
  }

  /** The coefficient of a string, 0 when the sum has no such term. */
  public double coefficient(PauliString string) {
    return value.coefficient(string.word());
  }

  /** The largest wire any term acts on, or -1 when every term is constant. */
  public int maxWire() {
    return value.maxWire();
  }

  /** Whether this is the zero operator. */
  public boolean isZero() {
    return value.isZero();
  }

  @Override
  public PauliSum plus(Pauli other) {
    return new PauliSum(value.plus(cast(other).value));
  }

  @Override
  public PauliSum minus(Pauli other) {
    return new PauliSum(value.minus(cast(other).value));
  }

  @Override
  public PauliSum scale(double coefficient) {
    return of(value.scale(coefficient));
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
    try {
      return of(value.times(o.value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("other: " + e.getMessage(), e);
    }
  }

  /** Text that {@link #parse} reads back to an equal sum, e.g. {@code 0.5 Z0 Z1 - 0.2 X0 + 1.1}. */
  @Override
  public String toString() {
    return value.toString();
  }

  /** Equal as operators: the same strings with the same coefficients, in any order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PauliSum p && value.equals(p.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** A coefficient as the shortest text that reads back to the same double. */
  static String format(double c) {
    return PauliPolynomial.format(c);
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
