package io.qml4j.processor.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compile-time value of an observable: a sum of Pauli strings with complex coefficients
 * (products such as {@code X Y = i Z} make them complex on the way; a finished observable must be
 * Hermitian, i.e. real). Immutable. A string is a sorted map from wire to letter X, Y or Z.
 */
public final class PauliTerms {
  /** Coefficients below this magnitude are dropped, as in the runtime's PauliSum. */
  private static final double ZERO_TOLERANCE = 0.0;

  private final Map<Map<Integer, Character>, double[]> terms;

  private PauliTerms(Map<Map<Integer, Character>, double[]> terms) {
    this.terms = terms;
  }

  /** The identity times a real constant. */
  public static PauliTerms constant(double c) {
    Map<Map<Integer, Character>, double[]> t = new java.util.LinkedHashMap<>();
    t.put(Map.of(), new double[] {c, 0});
    return new PauliTerms(t);
  }

  /** A single Pauli letter (X, Y or Z) on a wire. */
  public static PauliTerms single(char letter, int wire) {
    Map<Map<Integer, Character>, double[]> t = new java.util.LinkedHashMap<>();
    t.put(Map.of(wire, letter), new double[] {1, 0});
    return new PauliTerms(t);
  }

  /** {@code this + other}. */
  public PauliTerms plus(PauliTerms other) {
    Map<Map<Integer, Character>, double[]> t = copy();
    other.terms.forEach((k, v) -> t.merge(k, v.clone(), (a, b) -> new double[] {a[0] + b[0],
        a[1] + b[1]}));
    return new PauliTerms(t);
  }

  /** {@code this * c}. */
  public PauliTerms scale(double c) {
    Map<Map<Integer, Character>, double[]> t = new java.util.LinkedHashMap<>();
    terms.forEach((k, v) -> t.put(k, new double[] {v[0] * c, v[1] * c}));
    return new PauliTerms(t);
  }

  /** The operator product {@code this * other}, letter by letter with Pauli phases. */
  public PauliTerms times(PauliTerms other) {
    Map<Map<Integer, Character>, double[]> t = new java.util.LinkedHashMap<>();
    terms.forEach((ka, va) -> other.terms.forEach((kb, vb) -> {
      TreeMap<Integer, Character> word = new TreeMap<>(ka);
      double re = va[0] * vb[0] - va[1] * vb[1], im = va[0] * vb[1] + va[1] * vb[0];
      for (Map.Entry<Integer, Character> e : kb.entrySet()) {
        Character a = word.get(e.getKey());
        char b = e.getValue();
        if (a == null) {
          word.put(e.getKey(), b);
          continue;
        }
        if (a == b) {
          word.remove(e.getKey());
          continue;
        }
        // XY = iZ, YZ = iX, ZX = iY; the reverse order gives -i.
        char c = (char) ('X' + 'Y' + 'Z' - a - b);
        int sign = (a == 'X' && b == 'Y') || (a == 'Y' && b == 'Z') || (a == 'Z' && b == 'X')
            ? 1 : -1;
        word.put(e.getKey(), c);
        double r = re;
        re = -sign * im;
        im = sign * r;
      }
      double[] v = {re, im};
      t.merge(Collections.unmodifiableMap(word), v,
          (p, q) -> new double[] {p[0] + q[0], p[1] + q[1]});
    }));
    return new PauliTerms(t);
  }

  /** The largest wire any term acts on, or -1 for a constant. */
  public int maxWire() {
    int max = -1;
    for (Map<Integer, Character> k : terms.keySet()) {
      for (int w : k.keySet()) {
        max = Math.max(max, w);
      }
    }
    return max;
  }

  /** Whether every coefficient is real (the observable is Hermitian). */
  public boolean isHermitian() {
    return terms.values().stream().allMatch(v -> v[1] == 0);
  }

  /** The non-zero real terms in a stable order. */
  public List<Term> realTerms() {
    List<Term> out = new ArrayList<>();
    terms.forEach((k, v) -> {
      if (Math.abs(v[0]) > ZERO_TOLERANCE) {
        out.add(new Term(v[0], new TreeMap<>(k)));
      }
    });
    return out;
  }

  private Map<Map<Integer, Character>, double[]> copy() {
    Map<Map<Integer, Character>, double[]> t = new java.util.LinkedHashMap<>();
    terms.forEach((k, v) -> t.put(k, v.clone()));
    return t;
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
