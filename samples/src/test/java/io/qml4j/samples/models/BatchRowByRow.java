package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A test model whose batch methods evaluate row by row: its amplitude embedding normalises the
 * features, which the single calls check per row. Generates {@code BatchRowByRowModel}.
 */
public abstract class BatchRowByRow {
  private BatchRowByRow() {}

  /** Four features as the amplitudes of two qubits. */
  @FeatureMap(qubits = 2, inputs = 4)
  static void encode(Q q, double[] x) {
    q.amplitudeEmbedding(x);
  }

  /** One trainable rotation. */
  @Ansatz(qubits = 2, params = 1)
  static void rotate(Q q, double[] theta) {
    q.ry(0, theta[0]);
    q.cnot(0, 1);
  }

  /** Z on the second wire. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(1);
  }
}
