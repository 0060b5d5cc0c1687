package io.qml4j.samples.bench.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * The hardware-efficient ansatz of docs/benchmarks.md at n = 20, L = 5: per layer RY(theta) and
 * RZ(theta) on every wire, then a CNOT ring; flat parameter index {@code l 2n + g n + q}.
 * Generates {@code Hea20Model}.
 */
public abstract class Hea20 {
  static final int N = 20;
  static final int LAYERS = 5;

  private Hea20() {}

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
