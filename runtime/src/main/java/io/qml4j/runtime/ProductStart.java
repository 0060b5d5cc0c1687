package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-qubit gates a circuit applies to each wire before any multi-qubit gate touches it,
 * taken out of the circuit and applied to |0...0> as a product state: each wire's gates turn
 * |0> into a two-amplitude vector, and the state is their tensor product, written in one pass
 * instead of the passes the gates would cost over a zeroed state (for a hardware-efficient
 * ansatz, its whole first RY and RZ layer). Exact up to rounding: the amplitudes are products of
 * the wires' amplitudes rather than the result of applying the gates one after another.
 */
final class ProductStart {
  /**
   * Smallest state that starts this way: below it the passes it saves are cheap and the
   * circuit's own plan is left as it is.
   */
  static final int MIN_QUBITS = 12;

  /** Whether runs from |0...0> start this way ({@code -Dqml4j.productStart=false}: not). */
  static final boolean ENABLED = !"false".equals(System.getProperty("qml4j.productStart"));

  private final int qubits;
  /** Per wire, {@code {re0, im0, re1, im1}}, or null where no gate comes first. */
  private final double[][] wires;
  private final Circuit rest;

  private ProductStart(int qubits, double[][] wires, Circuit rest) {
    this.qubits = qubits;
    this.wires = wires;
    this.rest = rest;
  }

  /** The split of a circuit, or null where it has no leading single-qubit gate or is small. */
  static ProductStart of(Circuit circuit) {
    int n = circuit.qubits();
    if (!ENABLED || n < MIN_QUBITS) {
      return null;
    }
    double[][] wires = new double[n][];
    boolean[] entangled = new boolean[n];
    List<Operation> rest = new ArrayList<>();
    for (Operation op : circuit.operations()) {
      if (op.arity() == 1 && !entangled[op.wire(0)]) {
        if (op.gate() != Gate.I) {
          int w = op.wire(0);
          wires[w] = apply(op.matrix(), wires[w] == null ? new double[] {1, 0, 0, 0} : wires[w]);
        }
        continue;
      }
      for (int k = 0; k < op.arity(); k++) {
        entangled[op.wire(k)] = true;
      }
      rest.add(op);
    }
    if (rest.size() == circuit.size()) {
      return null;
    }
    return new ProductStart(n, wires, new Circuit(n, rest));
  }

  /** The circuit after the leading single-qubit gates. */
  Circuit rest() {
    return rest;
  }

  /**
   * Writes the product state into {@code s}, 2^(n+1) doubles, whatever they held: the products
   * over the lower half of the wires and over the upper half go into two small tables (2^(n/2)
   * amplitudes each, in L1), and each amplitude is one product of an entry of each, written in
   * one pass. Doubling the whole state wire by wire, as before, wrote it about twice and read it
   * once: 20 qubits 1.2-1.9 ms against 2.3-3.9 ms, 16 qubits 0.065-0.075 against 0.142 ms
   * (shortest of the repeats, alternated; docs/figures.md).
   */
  void fill(double[] s) {
    int lowWires = qubits / 2;
    double[] low = table(qubits - lowWires, qubits);
    double[] high = table(0, qubits - lowWires);
    int lowSize = 1 << lowWires;
    for (int h = 0, highSize = high.length / 2; h < highSize; h++) {
      double hr = high[2 * h], hi = high[2 * h + 1];
      int base = 2 * h * lowSize;
      for (int l = 0; l < 2 * lowSize; l += 2) {
        double lr = low[l], li = low[l + 1];
        s[base + l] = hr * lr - hi * li;
        s[base + l + 1] = hr * li + hi * lr;
      }
    }
  }

  /**
   * The product state of the wires {@code from .. to - 1} alone, 2^(to - from) amplitudes with
   * wire {@code from} most significant: doubling from the wire of stride 1 up, each step writing
   * the upper half (the wire's bit 1) before overwriting the lower half.
   */
  private double[] table(int from, int to) {
    double[] t = new double[2 << (to - from)];
    t[0] = 1;
    for (int w = to - 1, size = 1; w >= from; w--, size <<= 1) {
      double[] v = wires[w] == null ? new double[] {1, 0, 0, 0} : wires[w];
      for (int e = size - 1; e >= 0; e--) {
        double re = t[2 * e], im = t[2 * e + 1];
        t[2 * (e + size)] = re * v[2] - im * v[3];
        t[2 * (e + size) + 1] = re * v[3] + im * v[2];
        t[2 * e] = re * v[0] - im * v[1];
        t[2 * e + 1] = re * v[1] + im * v[0];
      }
    }
    return t;
  }

  /** The 2x2 matrix m (8 doubles, row-major interleaved) times the vector v. */
  private static double[] apply(double[] m, double[] v) {
    return new double[] {
        m[0] * v[0] - m[1] * v[1] + m[2] * v[2] - m[3] * v[3],
        m[0] * v[1] + m[1] * v[0] + m[2] * v[3] + m[3] * v[2],
        m[4] * v[0] - m[5] * v[1] + m[6] * v[2] - m[7] * v[3],
        m[4] * v[1] + m[5] * v[0] + m[6] * v[3] + m[7] * v[2]};
  }
}
