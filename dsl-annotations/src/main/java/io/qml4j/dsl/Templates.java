package io.qml4j.dsl;

import java.util.ArrayList;
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
    checkAngles(theta, (long) layers * qubits, "layers x qubits");
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
    checkAngles(theta, 3L * layers * qubits, "layers x qubits x 3");
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
   *
   * @throws IllegalArgumentException when edges is null, an edge is not a pair of wires, or the
   *     weights are not one per edge
   */
  public static <A> void qaoaCostLayer(
      AngleAlgebra<A> alg, GateSink<A> sink, A gamma, int[][] edges, double[] weights) {
    if (edges == null) {
      throw new IllegalArgumentException("edges: expected pairs of wires, got null");
    }
    for (int e = 0; e < edges.length; e++) {
      if (edges[e] == null || edges[e].length != 2) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: expected a pair of wires at index %d, got %s", e,
            edges[e] == null ? "null" : edges[e].length + " wires"));
      }
    }
    if (weights != null && weights.length != edges.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "weights: expected %d values, one per edge, got %d", edges.length, weights.length));
    }
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

  /**
   * Amplitude embedding of a real vector of length {@code 2^m} on wires 0 .. m-1, starting from
   * |0...0>: the state {@code sum_k a_k |k> / |a|}. Built top-down as a tree of uniformly
   * controlled RY rotations, each decomposed into RY and CNOT gates along a Gray code (Mottonen et
   * al. 2004, quant-ph/0407010, sec. 3). Signs of the amplitudes are carried by the last level's
   * {@code atan2}, so negative amplitudes need no phase gates; the norm cancels in every
   * {@code atan2}, so the input needs no normalising.
   */
  public static <A> void amplitudeEmbedding(AngleAlgebra<A> alg, GateSink<A> sink, List<A> a) {
    int size = a.size();
    if (size < 2 || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException(
          "features: expected a length that is a power of two, at least 2, got " + size);
    }
    int m = Integer.numberOfTrailingZeros(size);
    // norms[level][prefix]: norm of the amplitudes whose top `level` bits equal `prefix`.
    List<List<A>> norms = new ArrayList<>();
    for (int level = 0; level < m; level++) {
      List<A> row = new ArrayList<>();
      int block = size >> level;
      for (int prefix = 0; prefix < (1 << level); prefix++) {
        A sum = alg.constant(0);
        for (int k = prefix * block; k < (prefix + 1) * block; k++) {
          sum = alg.plus(sum, alg.times(a.get(k), a.get(k)));
        }
        row.add(alg.sqrt(sum));
      }
      norms.add(row);
    }
    A two = alg.constant(2);
    for (int k = 0; k < m; k++) {
      List<A> alpha = new ArrayList<>();
      for (int p = 0; p < (1 << k); p++) {
        A zero;
        A one;
        if (k == m - 1) {
          zero = a.get(2 * p);
          one = a.get(2 * p + 1);
        } else {
          zero = norms.get(k + 1).get(2 * p);
          one = norms.get(k + 1).get(2 * p + 1);
        }
        alpha.add(alg.times(two, alg.atan2(one, zero)));
      }
      uniformlyControlledRy(alg, sink, alpha, k);
    }
  }

  /** RY(alpha_j) on wire k for each value j of wires 0 .. k-1 (wire 0 the most significant). */
  private static <A> void uniformlyControlledRy(
      AngleAlgebra<A> alg, GateSink<A> sink, List<A> alpha, int k) {
    int count = 1 << k;
    A scale = alg.constant(1.0 / count);
    for (int i = 0; i < count; i++) {
      int gray = i ^ (i >> 1);
      A theta = alg.constant(0);
      for (int j = 0; j < count; j++) {
        A term = alpha.get(j);
        theta = (Integer.bitCount(j & gray) & 1) == 0 ? alg.plus(theta, term)
            : alg.minus(theta, term);
      }
      sink.gate(Gate.RY, new int[] {k}, List.of(alg.times(scale, theta)));
      if (k > 0) {
        int next = (i + 1) % count;
        int changed = gray ^ (next ^ (next >> 1));
        int bit = Integer.numberOfTrailingZeros(changed);
        sink.gate(Gate.CNOT, new int[] {k - 1 - bit, k}, List.of());
      }
    }
  }

  /** Prepares a computational basis state from |0...0>: X on each wire whose bit is 1. */
  public static <A> void basisState(GateSink<A> sink, int[] bits) {
    if (bits == null) {
      throw new IllegalArgumentException("bits: expected one 0 or 1 per wire, got null");
    }
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

  /** Rejects a template's angle list shorter than its layers need, before any gate is added. */
  private static <A> void checkAngles(List<A> theta, long needed, String shape) {
    if (theta.size() < needed) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected at least %d angles (%s), got %d", needed, shape, theta.size()));
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
