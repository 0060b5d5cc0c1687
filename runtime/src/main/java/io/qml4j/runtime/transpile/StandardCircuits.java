package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Circuits routers are usually compared on: the quantum Fourier transform, GHZ preparation, the
 * Cuccaro ripple-carry adder and QAOA on random graphs.
 */
public final class StandardCircuits {
  private StandardCircuits() {}

  /**
   * The quantum Fourier transform on n qubits with its final wire reversal, as Qiskit's
   * {@code QFT}: H then controlled phases {@code pi / 2^k}, then SWAPs.
   *
   * @param n the number of qubits
   * @return the circuit
   */
  public static Circuit qft(int n) {
    CircuitBuilder b = new CircuitBuilder(n);
    for (int i = 0; i < n; i++) {
      b.h(i);
      for (int j = i + 1; j < n; j++) {
        b.controlledPhase(j, i, Math.PI / (1 << (j - i)));
      }
    }
    for (int i = 0; i < n / 2; i++) {
      b.swap(i, n - 1 - i);
    }
    return b.build();
  }

  /**
   * GHZ preparation: H on wire 0, then CNOTs from wire 0 to every other wire (the star form,
   * which needs routing on any sparse device; the chain form needs none on a line).
   *
   * @param n the number of qubits
   * @return the circuit
   */
  public static Circuit ghzStar(int n) {
    CircuitBuilder b = new CircuitBuilder(n);
    b.h(0);
    for (int q = 1; q < n; q++) {
      b.cnot(0, q);
    }
    return b.build();
  }

  /**
   * The Cuccaro, Draper, Kutin and Moulton ripple-carry adder (quant-ph/0410184, figure 4) of two
   * {@code bits}-bit numbers: wires {@code c0, b0, a0, b1, a1, ..., z}, so b becomes a + b and
   * z takes the carry out; {@code 2 bits + 2} qubits.
   *
   * @param bits the width of each addend
   * @return the circuit
   */
  public static Circuit cuccaroAdder(int bits) {
    int n = 2 * bits + 2;
    CircuitBuilder q = new CircuitBuilder(n);
    int carryIn = 0, carryOut = n - 1;
    maj(q, carryIn, b(0), a(0));
    for (int i = 1; i < bits; i++) {
      maj(q, a(i - 1), b(i), a(i));
    }
    q.cnot(a(bits - 1), carryOut);
    for (int i = bits - 1; i >= 1; i--) {
      uma(q, a(i - 1), b(i), a(i));
    }
    uma(q, carryIn, b(0), a(0));
    return q.build();
  }

  /** Wire of bit i of addend a. */
  public static int a(int i) {
    return 2 + 2 * i;
  }

  /** Wire of bit i of addend b (and of the sum). */
  public static int b(int i) {
    return 1 + 2 * i;
  }

  private static void maj(CircuitBuilder q, int c, int b, int a) {
    q.cnot(a, b);
    q.cnot(a, c);
    q.toffoli(c, b, a);
  }

  private static void uma(CircuitBuilder q, int c, int b, int a) {
    q.toffoli(c, b, a);
    q.cnot(a, c);
    q.cnot(c, b);
  }

  /**
   * One QAOA layer for MaxCut on a graph: H on every wire, {@code exp(-i gamma Z Z / 2)} per
   * edge, RX(beta) on every wire.
   *
   * @param n the number of vertices
   * @param edges the edges
   * @param gamma the cost angle
   * @param beta the mixer angle
   * @return the circuit
   */
  public static Circuit qaoa(int n, List<int[]> edges, double gamma, double beta) {
    CircuitBuilder b = new CircuitBuilder(n);
    for (int q = 0; q < n; q++) {
      b.h(q);
    }
    for (int[] e : edges) {
      b.isingZZ(e[0], e[1], gamma);
    }
    for (int q = 0; q < n; q++) {
      b.rx(q, beta);
    }
    return b.build();
  }

  /**
   * A seeded Erdos-Renyi graph G(n, p).
   *
   * @param n vertices
   * @param p the probability of each edge
   * @param seed the seed
   * @return the edges
   */
  public static List<int[]> randomGraph(int n, double p, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (random.nextDouble() < p) {
          edges.add(new int[] {u, v});
        }
      }
    }
    return edges;
  }
}
