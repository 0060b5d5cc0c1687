package io.qml4j.runtime.qaoa;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A diagonal cost to maximise, {@code C = c + sum_i h_i Z_i + sum_(i<j) J_ij Z_i Z_j}, on
 * {@code qubits} wires: the classical objective of QAOA. On a basis state, {@code Z_i} is +1 when
 * bit i is 0 and -1 when it is 1. Immutable; arrays are copied in and out.
 */
public final class IsingCost {
  /** Most qubits for brute force over all 2^n assignments. */
  public static final int MAX_BRUTE_FORCE_QUBITS = 24;

  private final int qubits;
  private final double constant;
  private final double[] fields;
  private final int[][] pairs;
  private final double[] couplings;

  private IsingCost(int qubits, double constant, double[] fields, int[][] pairs,
      double[] couplings) {
    this.qubits = qubits;
    this.constant = constant;
    this.fields = fields;
    this.pairs = pairs;
    this.couplings = couplings;
  }

  /**
   * A cost from a Pauli sum of I, Z and ZZ terms.
   *
   * @throws IllegalArgumentException when a term holds X or Y, acts on more than two wires, or on
   *     a wire beyond {@code qubits}
   */
  public static IsingCost of(PauliSum cost, int qubits) {
    Objects.requireNonNull(cost, "cost");
    if (qubits < 1 || qubits > Graph.MAX_NODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1..%d, got %d", Graph.MAX_NODES, qubits));
    }
    if (cost.maxWire() >= qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "cost: acts on wire %d, but only %d qubit(s) were given (wires 0..%d)",
          cost.maxWire(), qubits, qubits - 1));
    }
    double constant = 0;
    double[] fields = new double[qubits];
    List<int[]> pairs = new ArrayList<>();
    List<Double> couplings = new ArrayList<>();
    for (PauliSum.Term t : cost.terms()) {
      PauliString s = t.string();
      int[] wires = s.wires();
      for (int w : wires) {
        if (s.letter(w) != 'Z') {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "cost: term %s is not diagonal (it has %s on wire %d); an Ising cost holds only "
                  + "I, Z and Z Z terms", s, s.letter(w), w));
        }
      }
      switch (wires.length) {
        case 0 -> constant += t.coefficient();
        case 1 -> fields[wires[0]] += t.coefficient();
        case 2 -> {
          pairs.add(wires);
          couplings.add(t.coefficient());
        }
        default -> throw new IllegalArgumentException(String.format(Locale.ROOT,
            "cost: term %s acts on %d wires; an Ising cost holds at most pairs", s,
            wires.length));
      }
    }
    double[] j = new double[couplings.size()];
    for (int k = 0; k < j.length; k++) {
      j[k] = couplings.get(k);
    }
    return new IsingCost(qubits, constant, fields, pairs.toArray(new int[0][]), j);
  }

  /** Number of qubits (binary variables). */
  public int qubits() {
    return qubits;
  }

  /** The constant c. */
  public double constant() {
    return constant;
  }

  /** The fields {@code h_i}, one per wire (a fresh copy). */
  public double[] fields() {
    return fields.clone();
  }

  /** The coupled pairs {@code {i, j}}, i &lt; j (a fresh copy). */
  public int[][] pairs() {
    int[][] copy = new int[pairs.length][];
    for (int k = 0; k < pairs.length; k++) {
      copy[k] = pairs[k].clone();
    }
    return copy;
  }

  /** The couplings {@code J_ij}, one per pair (a fresh copy). */
  public double[] couplings() {
    return couplings.clone();
  }

  /** The largest magnitude of any field or coupling, the scale of the cost layer's angles. */
  public double scale() {
    double s = 0;
    for (double h : fields) {
      s = Math.max(s, Math.abs(h));
    }
    for (double j : couplings) {
      s = Math.max(s, Math.abs(j));
    }
    return s;
  }

  /** The cost as a Pauli sum. */
  public PauliSum toPauliSum() {
    List<PauliSum.Term> terms = new ArrayList<>();
    terms.add(new PauliSum.Term(constant, PauliString.identity()));
    for (int i = 0; i < qubits; i++) {
      if (fields[i] != 0) {
        terms.add(new PauliSum.Term(fields[i], PauliString.of('Z', i)));
      }
    }
    for (int k = 0; k < pairs.length; k++) {
      terms.add(new PauliSum.Term(couplings[k],
          PauliString.parse("Z" + pairs[k][0] + " Z" + pairs[k][1])));
    }
    return PauliSum.of(terms);
  }

  /** The cost at a basis state index (wire 0 the most significant bit). */
  public double value(int basisIndex) {
    double c = constant;
    for (int i = 0; i < qubits; i++) {
      c += bit(basisIndex, i) == 0 ? fields[i] : -fields[i];
    }
    for (int k = 0; k < pairs.length; k++) {
      c += bit(basisIndex, pairs[k][0]) == bit(basisIndex, pairs[k][1])
          ? couplings[k] : -couplings[k];
    }
    return c;
  }

  /** The cost at an assignment of one bit per wire. */
  public double value(int[] bits) {
    return value(index(bits));
  }

  /** The cost at every basis state: the diagonal of C, {@code 2^n} entries. */
  public double[] diagonal() {
    double[] d = new double[1 << qubits];
    for (int k = 0; k < d.length; k++) {
      d[k] = value(k);
    }
    return d;
  }

  /**
   * The best assignment by brute force over all {@code 2^n} basis states (the first found, in
   * index order, among equal optima).
   */
  public Solution maximum() {
    if (qubits > MAX_BRUTE_FORCE_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: brute force takes at most %d, this cost has %d",
          MAX_BRUTE_FORCE_QUBITS, qubits));
    }
    int best = 0;
    double bestValue = value(0);
    for (int k = 1; k < 1 << qubits; k++) {
      double v = value(k);
      if (v > bestValue) {
        bestValue = v;
        best = k;
      }
    }
    return new Solution(bestValue, bits(best));
  }

  /** The bits of a basis index, wire 0 first. */
  int[] bits(int basisIndex) {
    int[] b = new int[qubits];
    for (int i = 0; i < qubits; i++) {
      b[i] = bit(basisIndex, i);
    }
    return b;
  }

  private int bit(int basisIndex, int wire) {
    return (basisIndex >>> (qubits - 1 - wire)) & 1;
  }

  private int index(int[] bits) {
    if (bits == null || bits.length != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "bits: expected one per wire (%d), got %s", qubits,
          bits == null ? "null" : Integer.toString(bits.length)));
    }
    int k = 0;
    for (int i = 0; i < qubits; i++) {
      if (bits[i] != 0 && bits[i] != 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bits: expected 0 or 1 at index %d, got %d", i, bits[i]));
      }
      k = (k << 1) | bits[i];
    }
    return k;
  }

  @Override
  public String toString() {
    return "IsingCost(" + qubits + " qubits, " + toPauliSum() + ")";
  }
}
