package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A test model for batched evaluation that reaches every batch kernel: input-dependent and
 * theta-only single-qubit runs, diagonal layers (five qubits), CNOT, Toffoli, CZ, controlled
 * phase, IsingZZ and MultiRZ with shared and per-lane angles, and gates that take the dense
 * fallback (CRX, SingleExcitation, SWAP, IsingXX, PauliRot) both ways. Generates
 * {@code BatchGatesModel}.
 */
public abstract class BatchGates {
  static final int N = 5;

  private BatchGates() {}

  /** Encoding with products of features, as ZZ feature maps have. */
  @FeatureMap(qubits = N, inputs = 3)
  static void encode(Q q, double[] x) {
    for (int i = 0; i < N; i++) {
      q.h(i);
      q.rz(i, x[i % 3]);
    }
    q.isingZZ(0, 1, x[0] * x[1]);
    q.controlledPhase(1, 2, x[2]);
    q.multiRZ(x[1] - x[2], 2, 3, 4);
    q.crx(3, 4, x[0]);
    q.singleExcitation(0, 2, x[1]);
    q.pauliRot(x[2], "XY", 1, 4);
    q.t(3);
    q.s(4);
  }

  /** Theta-only gates of every kind, and one input-dependent rotation (re-uploading). */
  @Ansatz(qubits = N, params = 10)
  static void layers(Q q, double[] x, double[] theta) {
    for (int i = 0; i < N; i++) {
      q.ry(i, theta[i]);
    }
    q.cnot(0, 3);
    q.toffoli(4, 1, 2);
    q.cz(2, 0);
    q.isingZZ(3, 4, theta[5]);
    q.controlledPhase(0, 4, theta[6]);
    q.multiRZ(theta[7], 0, 1, 2);
    q.crx(1, 0, theta[8]);
    q.swap(1, 3);
    q.isingXX(2, 4, theta[9]);
    q.rx(2, theta[0] * x[1]);
    q.u3(1, theta[1], x[0], 0.3);
  }

  /** A diagonal observable. */
  @Observable
  static Pauli parity(Paulis p) {
    return p.z(0).times(p.z(3)).plus(p.z(4).scale(0.5));
  }

  /** Off-diagonal terms with one and two Y letters. */
  @Observable
  static Pauli flips(Paulis p) {
    return p.x(1).times(p.y(2)).plus(p.y(0).times(p.y(4)).scale(-0.7)).plus(p.x(3));
  }
}
