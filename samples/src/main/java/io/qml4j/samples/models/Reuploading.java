package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * Data re-uploading (Perez-Salinas et al. 2020): the ansatz takes {@code x} and {@code theta} and
 * calls the feature map again between strongly entangling layers, with trainable input scaling.
 * Shows calls between annotated methods, templates and a weighted multi-term observable.
 * Generates {@code ReuploadingModel}.
 */
public abstract class Reuploading {
  static final int N = 3;
  static final int BLOCKS = 2;
  /** Parameters per block: 3 N for a strongly entangling layer, N for input scaling. */
  static final int PER_BLOCK = 4 * N;

  private Reuploading() {}

  /** Angle embedding with RY. */
  @FeatureMap(qubits = N, inputs = N)
  static void embed(Q q, double[] x) {
    q.angleEmbedding(x, "Y");
  }

  /** BLOCKS of (entangling layer, scaled re-upload). */
  @Ansatz(qubits = N, params = BLOCKS * PER_BLOCK)
  static void blocks(Q q, double[] x, double[] theta) {
    for (int b = 0; b < BLOCKS; b++) {
      double[] layer = new double[3 * N];
      for (int k = 0; k < 3 * N; k++) {
        layer[k] = theta[b * PER_BLOCK + k];
      }
      q.stronglyEntanglingLayers(layer, 1);
      double[] scaled = new double[N];
      for (int i = 0; i < N; i++) {
        scaled[i] = theta[b * PER_BLOCK + 3 * N + i] * x[i];
      }
      embed(q, scaled);
    }
  }

  /** A weighted sum of Z parities. */
  @Observable
  static Pauli parity(Paulis p) {
    return p.z(0).times(p.z(1)).scale(0.6).plus(p.z(2).scale(0.4));
  }

  /** A second observable, measured by expectations(...). */
  @Observable
  static Pauli transverse(Paulis p) {
    return p.x(0).plus(p.x(1)).plus(p.x(2)).scale(1.0 / N);
  }
}
