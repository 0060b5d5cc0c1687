package io.qml4j.samples.models;

import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A test model for batched evaluation without trainable parameters: a feature map and an
 * observable, so that the batch methods take {@code xs} alone. Generates
 * {@code BatchEncodingModel}.
 */
public abstract class BatchEncoding {
  static final int N = 3;

  private BatchEncoding() {}

  /** Angle embedding, a CNOT chain and a product of features. */
  @FeatureMap(qubits = N, inputs = N)
  static void encode(Q q, double[] x) {
    q.angleEmbedding(x, "X");
    q.cnot(0, 1);
    q.cnot(1, 2);
    q.rz(2, x[0] * x[1]);
  }

  /** Z on the first wire plus X on the last. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(0).plus(p.x(2));
  }
}
