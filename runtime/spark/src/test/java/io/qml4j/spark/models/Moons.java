package io.qml4j.spark.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/** A small re-uploading classifier of two features, compiled into {@code MoonsModel}. */
public abstract class Moons {
  static final int N = 2;
  static final int LAYERS = 2;
  static final int ROTATIONS = 3 * N * LAYERS;

  private Moons() {}

  /** Weighted uploads, rotations and a CNOT per layer. */
  @Ansatz(qubits = N, params = ROTATIONS + N * LAYERS)
  static void layers(Q q, double[] x, double[] theta) {
    for (int l = 0; l < LAYERS; l++) {
      for (int i = 0; i < N; i++) {
        q.ry(i, theta[ROTATIONS + l * N + i] * x[i]);
      }
      for (int i = 0; i < N; i++) {
        int k = 3 * (l * N + i);
        q.rot(i, theta[k], theta[k + 1], theta[k + 2]);
      }
      q.cnot(0, 1);
    }
  }

  /** The class score. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(0);
  }
}
