package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A test model above the batch kernels' width (13 qubits), whose batch methods evaluate row by
 * row. Generates {@code BatchWideModel}.
 */
public abstract class BatchWide {
  static final int N = 13;

  private BatchWide() {}

  /** RY of the two features, alternating over the wires. */
  @FeatureMap(qubits = N, inputs = 2)
  static void encode(Q q, double[] x) {
    for (int i = 0; i < N; i++) {
      q.ry(i, x[i % 2]);
    }
  }

  /** One rotation and a CNOT chain. */
  @Ansatz(qubits = N, params = 1)
  static void entangle(Q q, double[] theta) {
    q.rx(0, theta[0]);
    for (int i = 0; i + 1 < N; i++) {
      q.cnot(i, i + 1);
    }
  }

  /** Z on the last wire. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(N - 1);
  }
}
