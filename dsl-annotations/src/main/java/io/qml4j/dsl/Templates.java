package io.qml4j.dsl;

import java.util.List;
import java.util.Locale;

/**
 * The library templates, each defined once and generic in the angle type so that the runtime
 * builder and the compile-time processor expand them identically. Conventions follow PennyLane's
 * templates of the same names unless stated.
 */
public final class Templates {
  private Templates() {}

  /**
   * One rotation per feature: {@code R(x[i])} on wire i, R being X, Y or Z (PennyLane's
   * AngleEmbedding).
   */
  public static <A> void angleEmbedding(
      AngleAlgebra<A> alg, GateSink<A> sink, List<A> x, String rotation) {
    Gate gate = rotationGate(rotation);
    for (int i = 0; i < x.size(); i++) {
      sink.gate(gate, new int[] {i}, List.of(x.get(i)));
    }
  }

  /**
   * The ZZ feature map of Havlicek et al. 2019 (Nature 567, 209), as in the benchmark workload and
   * Qiskit's ZZFeatureMap with full entanglement: per repetition, H on every wire, P(2 x_i), then
   * for each pair i &lt; j: CNOT(i, j), P(2 (pi - x_i)(pi - x_j)) on j, CNOT(i, j).
   */
  public static <A> void zzFeatureMap(
      AngleAlgebra<A> alg, GateSink<A> sink, List<A> x, int reps) {
    int n = x.size();
    A two = alg.constant(2);
    A pi = alg.constant(Math.PI);
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < n; i++) {
        sink.gate(Gate.H, new int[] {i}, List.of());
        sink.gate(Gate.PHASE_SHIFT, new int[] {i}, List.of(alg.times(two, x.get(i))));
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          A phase = alg.times(two,
              alg.times(alg.minus(pi, x.get(i)), alg.minus(pi, x.get(j))));
          sink.gate(Gate.CNOT, new int[] {i, j}, List.of());
          sink.gate(Gate.PHASE_SHIFT, new int[] {j}, List.of(phase));
          sink.gate(Gate.CNOT, new int[] {i, j}, List.of());
        }
      }
    }
  }

  /**
   * PennyLane's IQPEmbedding: per repetition, H on every wire, RZ(x_i), then MultiRZ(x_i x_j) on
   * every pair i &lt; j.
   */
  public static <A> void iqpEmbedding(AngleAlgebra<A> alg, GateSink<A> sink, List<A> x, int reps) {
    int n = x.size();
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < n; i++) {
        sink.gate(Gate.H, new int[] {i}, List.of());
        sink.gate(Gate.RZ, new int[] {i}, List.of(x.get(i)));
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          sink.gate(Gate.MULTI_RZ, new int[] {i, j}, List.of(alg.times(x.get(i), x.get(j))));
        }
      }
    }
  }

  /**
   * PennyLane's BasicEntanglerLayers: per layer, {@code R(theta[l n + i])} on every wire, then a
   * CNOT ring (one CNOT for two wires, none for one).
   */
  public static <A> void basicEntanglerLayers(AngleAlgebra<A> alg, GateSink<A> sink,
      List<A> theta, int layers, int qubits, String rotation) {
    Gate gate = rotationGate(rotation);
    for (int l = 0; l < layers; l++) {
      for (int i = 0; i < qubits; i++) {
        sink.gate(gate, new int[] {i}, List.of(theta.get(l * qubits + i)));
      }
      ring(sink, qubits);
    }
  }

  /**
   * PennyLane's StronglyEntanglingLayers with default ranges: per layer l, {@code Rot} with angles
   * {@code theta[3 (l n + i) + 0..2]} on every wire, then CNOT(i, (i + r) mod n) with
   * {@code r = l mod (n - 1) + 1}.
   */
  public static <A> void stronglyEntanglingLayers(
      AngleAlgebra<A> alg, GateSink<A> sink, List<A> theta, int layers, int qubits) {
    for (int l = 0; l < layers; l++) {
      for (int i = 0; i < qubits; i++) {
        int k = 3 * (l * qubits + i);
        sink.gate(Gate.ROT, new int[] {i},
            List.of(theta.get(k), theta.get(k + 1), theta.get(k + 2)));
      }
      if (qubits > 1) {
        // Unlike the basic entangler, two wires get both CNOT(0, 1) and CNOT(1, 0), as in PennyLane.
        int range = l % (qubits - 1) + 1;
        for (int i = 0; i < qubits; i++) {
          sink.gate(Gate.CNOT, new int[] {i, (i + range) % qubits}, List.of());
        }
      }
    }
  }

  /**
   * One QAOA cost layer {@code exp(-i gamma sum_(u,v) w_uv Z_u Z_v)}: IsingZZ(2 gamma w_uv) per
   * edge. {@code weights} may be null for an unweighted graph.
   */
  public static <A> void qaoaCostLayer(
      AngleAlgebra<A> alg, GateSink<A> sink, A gamma, int[][] edges, double[] weights) {
    for (int e = 0; e < edges.length; e++) {
      double w = weights == null ? 1.0 : weights[e];
      A angle = alg.times(alg.constant(2 * w), gamma);
      sink.gate(Gate.ISING_ZZ, new int[] {edges[e][0], edges[e][1]}, List.of(angle));
    }
  }

  /** One QAOA mixer layer {@code exp(-i beta sum_i X_i)}: RX(2 beta) on every wire. */
  public static <A> void qaoaMixerLayer(AngleAlgebra<A> alg, GateSink<A> sink, A beta, int qubits) {
    A angle = alg.times(alg.constant(2), beta);
    for (int i = 0; i < qubits; i++) {
      sink.gate(Gate.RX, new int[] {i}, List.of(angle));
    }
  }

  /** Prepares a computational basis state from |0...0>: X on each wire whose bit is 1. */
  public static <A> void basisState(GateSink<A> sink, int[] bits) {
    for (int i = 0; i < bits.length; i++) {
      if (bits[i] != 0 && bits[i] != 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bits: expected 0 or 1 at index %d, got %d", i, bits[i]));
      }
      if (bits[i] == 1) {
        sink.gate(Gate.X, new int[] {i}, List.of());
      }
    }
  }

  private static <A> void ring(GateSink<A> sink, int qubits) {
    if (qubits == 2) {
      sink.gate(Gate.CNOT, new int[] {0, 1}, List.of());
      return;
    }
    for (int i = 0; qubits > 2 && i < qubits; i++) {
      sink.gate(Gate.CNOT, new int[] {i, (i + 1) % qubits}, List.of());
    }
  }

  /** The rotation gate named by "X", "Y" or "Z". */
  public static Gate rotationGate(String rotation) {
    switch (rotation) {
      case "X": return Gate.RX;
      case "Y": return Gate.RY;
      case "Z": return Gate.RZ;
      default:
        throw new IllegalArgumentException(
            "rotation: expected \"X\", \"Y\" or \"Z\", got \"" + rotation + "\"");
    }
  }
}
