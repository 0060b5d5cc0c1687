package io.qml4j.processor.emit;

import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * One real part of an entry of a fused single-qubit matrix, as a value: a sum of terms, each a
 * constant times a product of locals ({@code c0}, {@code s1}, {@code m2[5]}). The fused-run code
 * multiplies 2x2 matrices of these and folds the zeros and ones of fixed gates by value, so no
 * rule ever inspects generated text; {@link #code} writes the Java once. Immutable.
 */
final class Entry {
  static final Entry ZERO = new Entry(List.of());
  static final Entry ONE = constant(1);

  /**
   * A constant times a product of locals.
   *
   * @param coefficient the constant factor
   * @param locals the local variables multiplied, in order; empty for a constant term
   */
  private record Term(double coefficient, List<String> locals) {}

  private final List<Term> terms;

  private Entry(List<Term> terms) {
    this.terms = terms;
  }

  /** A literal. */
  static Entry constant(double value) {
    return value == 0 ? ZERO : new Entry(List.of(new Term(value, List.of())));
  }

  /** A local variable (or array element) holding a double. */
  static Entry local(String name) {
    return new Entry(List.of(new Term(1, List.of(name))));
  }

  /** Whether this is the literal 0. */
  boolean isZero() {
    return terms.isEmpty();
  }

  /** Whether this is a literal or one local, which needs no local of its own. */
  boolean isSimple() {
    return terms.size() <= 1 && (terms.isEmpty() || terms.get(0).locals().size() <= 1
        && (terms.get(0).locals().isEmpty() || terms.get(0).coefficient() == 1));
  }

  /** {@code -this}. */
  Entry negate() {
    List<Term> out = new ArrayList<>();
    for (Term t : terms) {
      out.add(new Term(-t.coefficient(), t.locals()));
    }
    return new Entry(out);
  }

  /** {@code this + other}. */
  Entry plus(Entry other) {
    if (isZero()) {
      return other;
    }
    List<Term> out = new ArrayList<>(terms);
    out.addAll(other.terms);
    return new Entry(out);
  }

  /** {@code this - other}. */
  Entry minus(Entry other) {
    return plus(other.negate());
  }

  /** {@code this * other}, term by term; constants multiply into one coefficient. */
  Entry times(Entry other) {
    List<Term> out = new ArrayList<>();
    for (Term a : terms) {
      for (Term b : other.terms) {
        List<String> locals = new ArrayList<>(a.locals());
        locals.addAll(b.locals());
        out.add(new Term(a.coefficient() * b.coefficient(), List.copyOf(locals)));
      }
    }
    return new Entry(out);
  }

  /** The Java: terms joined by + and -, each {@code c * a * b} with 1 and -1 left out. */
  CodeBlock code() {
    if (terms.isEmpty()) {
      return CodeBlock.of("0.0");
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      boolean negative = Double.doubleToRawLongBits(t.coefficient()) < 0;
      double magnitude = Math.abs(t.coefficient());
      b.add(i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
      List<String> factors = new ArrayList<>();
      if (magnitude != 1 || t.locals().isEmpty()) {
        factors.add(AngleCode.literal(magnitude));
      }
      factors.addAll(t.locals());
      b.add("$L", String.join(" * ", factors));
    }
    return b.build();
  }
}
