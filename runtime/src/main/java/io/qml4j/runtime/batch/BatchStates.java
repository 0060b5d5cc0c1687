package io.qml4j.runtime.batch;

import io.qml4j.runtime.StateVector;

/**
 * The states of a batch (layout of {@link BatchKernels}) as state vectors of their own, for
 * generated models' {@code statesBatch}. Public because generated models call it; not an API for
 * users.
 */
public final class BatchStates {
  private BatchStates() {}

  /** Writes lane b's state, interleaved re/im, into {@code out[from + b]} for every lane. */
  public static void unpack(double[] re, double[] im, int qubits, int lanes, StateVector[] out,
      int from) {
    int dimension = 1 << qubits;
    for (int b = 0; b < lanes; b++) {
      double[] amplitudes = StateVector.allocate(qubits);
      for (int k = 0, j = b; k < dimension; k++, j += lanes) {
        amplitudes[2 * k] = re[j];
        amplitudes[2 * k + 1] = im[j];
      }
      out[from + b] = StateVector.wrap(qubits, amplitudes);
    }
  }
}
