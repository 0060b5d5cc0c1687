package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A test model for the size of the batch simulation's chunk methods: 3,208 gates on 8 qubits,
 * every layer re-uploading the input, so that most runs are computed per lane. Generates
 * {@code BatchDeepModel}.
 */
public abstract class BatchDeep {
  static final int N = 8;
  static final int LAYERS = 100;

  private BatchDeep() {}

  /** RY(x) on every wire. */
  @FeatureMap(qubits = N, inputs = N)
  static void encode(Q q, double[] x) {
    for (int i = 0; i < N; i++) {
      q.ry(i, x[i]);
    }
  }

  /** LAYERS of RY(theta x), RZ(theta) on every wire and a CNOT ring. */
  @Ansatz(qubits = N, params = 2 * N * LAYERS)
  static void layers(Q q, double[] x, double[] theta) {
    for (int l = 0; l < LAYERS; l++) {
      for (int i = 0; i < N; i++) {
        q.ry(i, theta[2 * (l * N + i)] * x[i]);
        q.rz(i, theta[2 * (l * N + i) + 1]);
      }
      for (int i = 0; i < N; i++) {
        q.cnot(i, (i + 1) % N);
      }
    }
  }

  /** Z on the first wire. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(0);
  }
}
