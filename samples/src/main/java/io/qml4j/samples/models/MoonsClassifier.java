package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A data re-uploading classifier for two features (Perez-Salinas et al. 2020), such as the two
 * moons: LAYERS times, each feature is uploaded as {@code RY(w x_i)} with a trainable weight w,
 * then a general rotation on each wire, then a CNOT; read out as {@code <Z_0>}. The weights live
 * in the circuit, so the generated gradient differentiates through {@code theta[k] * x[i]} by the
 * processor's chain rule. Generates {@code MoonsClassifierModel}; train it with
 * {@code VariationalClassifier.train(MoonsClassifierModel.differentiable(), ...)}.
 */
public abstract class MoonsClassifier {
  static final int N = 2;
  static final int LAYERS = 3;
  /** Rotation angles: theta[0 .. ROTATIONS - 1]; the upload weights follow. */
  public static final int ROTATIONS = 3 * N * LAYERS;

  private MoonsClassifier() {}

  /** Re-uploading layers with weighted uploads. */
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
      if (l < LAYERS - 1) {
        q.cnot(0, 1);
      }
    }
  }

  /** The class score. */
  @Observable
  static Pauli readout(Paulis p) {
    return p.z(0);
  }
}
