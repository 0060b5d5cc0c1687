package io.qml4j.samples.bench.models;

import io.qml4j.dsl.Q;

/**
 * The circuit bodies of the benchmark models, written once: each model's {@code @Ansatz} calls one
 * of these with its size, the processor evaluates the call at compile time (a helper compiled with
 * the model), and the runtime benchmarks run the same method through {@code CircuitBuilder}.
 */
public final class HeaLayers {
  private HeaLayers() {}

  /**
   * The hardware-efficient ansatz of docs/benchmarks.md: per layer RY(theta) on every wire,
   * RZ(theta) on every wire, then a CNOT ring; flat parameter index {@code l 2n + g n + w}
   * (g = 0 for RY, 1 for RZ), {@code 2 n layers} parameters.
   *
   * @param q the circuit being built
   * @param theta the angles, at least {@code 2 n layers} of them
   * @param n the number of qubits
   * @param layers the number of layers
   */
  public static void hea(Q q, double[] theta, int n, int layers) {
    for (int l = 0; l < layers; l++) {
      for (int w = 0; w < n; w++) {
        q.ry(w, theta[l * 2 * n + w]);
      }
      for (int w = 0; w < n; w++) {
        q.rz(w, theta[l * 2 * n + n + w]);
      }
      for (int w = 0; w < n; w++) {
        q.cnot(w, (w + 1) % n);
      }
    }
  }

  /**
   * The deep variant, 5 gates per wire per layer: RY and RZ on each wire, a CNOT ring, RX on
   * every wire and a CZ ring at distance two; {@code 3 n layers} parameters, layer l starting at
   * {@code 3 n l}.
   *
   * @param q the circuit being built
   * @param theta the angles, at least {@code 3 n layers} of them
   * @param n the number of qubits
   * @param layers the number of layers
   */
  public static void deep(Q q, double[] theta, int n, int layers) {
    for (int l = 0; l < layers; l++) {
      int base = 3 * n * l;
      for (int w = 0; w < n; w++) {
        q.ry(w, theta[base + w]);
        q.rz(w, theta[base + n + w]);
      }
      for (int w = 0; w < n; w++) {
        q.cnot(w, (w + 1) % n);
      }
      for (int w = 0; w < n; w++) {
        q.rx(w, theta[base + 2 * n + w]);
      }
      for (int w = 0; w < n; w++) {
        q.cz(w, (w + 2) % n);
      }
    }
  }
}
