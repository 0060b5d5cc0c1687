package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * QAOA for MaxCut on a 5-node graph given as a constant edge list, depth 3:
 * {@code theta = (gamma_1, beta_1, ..., gamma_3, beta_3)}. The cost observable is
 * {@code sum_(u,v) (1 - Z_u Z_v) / 2}, the expected cut size. Generates {@code MaxCutQaoaModel}.
 */
public abstract class MaxCutQaoa {
  static final int N = 5;
  static final int DEPTH = 3;
  static final int[][] EDGES = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 2}};

  private MaxCutQaoa() {}

  /** Uniform superposition, then DEPTH cost and mixer layers. */
  @Ansatz(qubits = N, params = 2 * DEPTH)
  static void qaoa(Q q, double[] theta) {
    for (int i = 0; i < N; i++) {
      q.h(i);
    }
    for (int p = 0; p < DEPTH; p++) {
      q.qaoaCostLayer(theta[2 * p], EDGES);
      q.qaoaMixerLayer(theta[2 * p + 1]);
    }
  }

  /** The expected number of cut edges. */
  @Observable
  static Pauli cut(Paulis p) {
    Pauli h = p.identity().scale(0);
    for (int[] e : EDGES) {
      h = h.plus(p.identity().minus(p.z(e[0]).times(p.z(e[1]))).scale(0.5));
    }
    return h;
  }
}
