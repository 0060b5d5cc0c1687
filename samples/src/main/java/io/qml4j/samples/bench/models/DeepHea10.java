package io.qml4j.samples.bench.models;

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
    HeaLayers.deep(q, theta, N, LAYERS);
  }

  /** {@code <Z_0>}. */
  @Observable
  static Pauli z0(Paulis p) {
    return p.z(0);
  }
}
