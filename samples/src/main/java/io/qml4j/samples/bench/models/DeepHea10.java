package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A 5,000-gate model on fewer wires: 10 qubits, 100 layers of RY, RZ, a CNOT ring, RX and a CZ ring at distance
 * two (5 gates per wire per layer, 3,000 parameters). It shows that the processor splits a long
 * circuit into methods small enough for HotSpot to JIT-compile (docs/processor.md).
 * Generates {@code DeepHea10Model}.
 */
public abstract class DeepHea10 {
  static final int N = 10;
  static final int LAYERS = 100;

  private DeepHea10() {}

  /** The circuit. */
  @Ansatz(qubits = N, params = 3 * N * LAYERS)
  static void circuit(Q q, double[] theta) {
    for (int l = 0; l < LAYERS; l++) {
      int base = 3 * N * l;
      for (int i = 0; i < N; i++) {
        q.ry(i, theta[base + i]);
        q.rz(i, theta[base + N + i]);
      }
      for (int i = 0; i < N; i++) {
        q.cnot(i, (i + 1) % N);
      }
      for (int i = 0; i < N; i++) {
        q.rx(i, theta[base + 2 * N + i]);
      }
      for (int i = 0; i < N; i++) {
        q.cz(i, (i + 2) % N);
      }
    }
  }

  /** {@code <Z_0>}. */
  @Observable
  static Pauli z0(Paulis p) {
    return p.z(0);
  }
}
