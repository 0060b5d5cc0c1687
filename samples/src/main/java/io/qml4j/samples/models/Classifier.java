package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * The variational classifier of docs/design.md: an angle encoding of four features, three layers of
 * general rotations with a CNOT ring, read out as {@code <Z_0>}. Generates {@code ClassifierModel}.
 */
public abstract class Classifier {
  static final int N = 4;
  static final int LAYERS = 3;

  private Classifier() {}

  /** H then RZ(2 x_i) on every wire. */
  @FeatureMap(qubits = N)
  static void encode(Q q, double[] x) {
    for (int i = 0; i < N; i++) {
      q.h(i);
      q.rz(i, 2 * x[i]);
    }
  }

  /** LAYERS of Rot on every wire followed by a CNOT ring: 3 N LAYERS parameters. */
  @Ansatz(qubits = N)
  static void layers(Q q, double[] theta) {
    for (int l = 0; l < LAYERS; l++) {
      for (int i = 0; i < N; i++) {
        int k = 3 * (l * N + i);
        q.rot(i, theta[k], theta[k + 1], theta[k + 2]);
      }
      for (int i = 0; i < N; i++) {
        q.cnot(i, (i + 1) % N);
      }
    }
  }

  /** The class score. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(0);
  }
}
