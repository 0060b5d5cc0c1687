package io.qml4j.samples.bench.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * The hardware-efficient ansatz of docs/benchmarks.md at n = 4, L = 4: per layer RY(theta) and
 * RZ(theta) on every wire, then a CNOT ring; flat parameter index {@code l 2n + g n + q}.
 * Generates {@code HeaModel}.
 */
public abstract class Hea {
  static final int N = 4;
  static final int LAYERS = 4;

  private Hea() {}

  /** The HEA circuit. */
  @Ansatz(qubits = N, params = 2 * N * LAYERS)
  static void circuit(Q q, double[] theta) {
    HeaLayers.hea(q, theta, N, LAYERS);
  }

  /** {@code <Z_0>}. */
  @Observable
  static Pauli z0(Paulis p) {
    return p.z(0);
  }
}
