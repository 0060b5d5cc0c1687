package io.qml4j.processor.ir;

import io.qml4j.dsl.PauliPolynomial;
import io.qml4j.dsl.PauliWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compile-time value of an observable: the shared {@link PauliPolynomial}, which the runtime's
 * {@code PauliSum} is too, so a compiled observable and the builder's agree on every rule (like
 * terms, zero terms, Hermiticity at each product). Immutable.
 */
public final class PauliTerms {
  private final PauliPolynomial value;

  private PauliTerms(PauliPolynomial value) {
    this.value = value;
  }

  /** The value of a shared polynomial, as from {@code PauliText.parseSum}. */
  public static PauliTerms of(PauliPolynomial value) {
    return new PauliTerms(value);
  }

  /** The identity times a real constant. */
  public static PauliTerms constant(double c) {
    return new PauliTerms(PauliPolynomial.constant(c));
  }

  /** A single Pauli letter (X, Y or Z) on a wire. */
  public static PauliTerms single(char letter, int wire) {
    return new PauliTerms(PauliPolynomial.letter(letter, wire));
  }

  /** {@code this + other}, in constant time (like terms combine when first read). */
  public PauliTerms plus(PauliTerms other) {
    return new PauliTerms(value.plus(other.value));
  }

  /** {@code this * c}; {@code c} must be finite. */
  public PauliTerms scale(double c) {
    return new PauliTerms(value.scale(c));
  }

  /**
   * The operator product {@code this * other}.
   *
   * @throws IllegalArgumentException when the product is not Hermitian, with the shared message
   */
  public PauliTerms times(PauliTerms other) {
    return new PauliTerms(value.times(other.value));
  }

  /** The largest wire any term acts on, or -1 for a constant. */
  public int maxWire() {
    return value.maxWire();
  }

  /**
   * Whether every coefficient is real. Always true: {@link #times} rejects a product with an
   * imaginary coefficient where it is formed, as the runtime does.
   */
  public boolean isHermitian() {
    return true;
  }

  /** The shared value. */
  public PauliPolynomial polynomial() {
    return value;
  }

  /** The non-zero terms in order of first appearance. */
  public List<Term> realTerms() {
    List<Term> out = new ArrayList<>();
    for (PauliPolynomial.Term t : value.terms()) {
      PauliWord w = t.word();
      TreeMap<Integer, Character> letters = new TreeMap<>();
      int[] wires = w.wires();
      char[] chars = w.letters();
      for (int i = 0; i < wires.length; i++) {
        letters.put(wires[i], chars[i]);
      }
      out.add(new Term(t.coefficient(), letters));
    }
    return out;
  }

  /**
   * One real term.
   *
   * @param coefficient the real weight
   * @param letters wire to letter, sorted by wire; empty for the identity
   */
  public record Term(double coefficient, Map<Integer, Character> letters) {
    /** The string as the runtime's parser reads it, such as {@code "Z0 X3"}, or "" for identity. */
    public String word() {
      StringBuilder b = new StringBuilder();
      letters.forEach((w, c) -> b.append(b.length() == 0 ? "" : " ").append(c).append(w));
      return b.toString();
    }
  }
}
