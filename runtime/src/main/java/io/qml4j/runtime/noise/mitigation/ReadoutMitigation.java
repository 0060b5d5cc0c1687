package io.qml4j.runtime.noise.mitigation;

import io.qml4j.runtime.noise.ReadoutError;
import java.util.Locale;

/**
 * Readout-error mitigation by tensored confusion-matrix inversion (Mitiq's and Qiskit's
 * tensored mitigation): measured probabilities are multiplied along each qubit's axis by the
 * inverse of that qubit's 2x2 confusion matrix {@code [[1 - e0, e1], [e0, 1 - e1]]}, which costs
 * {@code O(n 2^n)} instead of inverting a {@code 2^n x 2^n} matrix. The inverse of noisy counts
 * can have small negative entries; {@link #mitigateToDistribution} clips them and renormalises.
 */
public final class ReadoutMitigation {
  private ReadoutMitigation() {}

  /**
   * The probabilities before readout error, by exact inversion.
   *
   * @param error the per-qubit readout error
   * @param measured the measured distribution over the listed qubits, the first most significant
   * @param qubits the qubits measured, in the order of the distribution's bits
   * @throws IllegalArgumentException if the length is not {@code 2^qubits} or a qubit is out of
   *     range of the error
   */
  public static double[] mitigate(ReadoutError error, double[] measured, int... qubits) {
    if (measured.length != 1 << qubits.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "measured: expected %d probabilities for %d qubit(s), got %d", 1 << qubits.length,
          qubits.length, measured.length));
    }
    double[] p = measured.clone();
    for (int k = 0; k < qubits.length; k++) {
      int q = qubits[k];
      if (q < 0 || q >= error.qubits()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "qubits: qubit %d is out of range of the readout error's %d qubit(s)", q,
            error.qubits()));
      }
      double e0 = error.flipZero(q), e1 = error.flipOne(q);
      double det = 1 - e0 - e1;
      double[] inverse = {(1 - e1) / det, -e1 / det, -e0 / det, (1 - e0) / det};
      int stride = 1 << (qubits.length - 1 - k);
      for (int i = 0; i < p.length; i++) {
        if ((i & stride) == 0) {
          double zero = p[i], one = p[i | stride];
          p[i] = inverse[0] * zero + inverse[1] * one;
          p[i | stride] = inverse[2] * zero + inverse[3] * one;
        }
      }
    }
    return p;
  }

  /** {@link #mitigate}, then negative entries set to zero and the rest renormalised to 1. */
  public static double[] mitigateToDistribution(ReadoutError error, double[] measured,
      int... qubits) {
    double[] p = mitigate(error, measured, qubits);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.max(0, p[i]);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
