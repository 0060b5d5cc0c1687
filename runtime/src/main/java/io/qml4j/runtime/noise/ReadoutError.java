package io.qml4j.runtime.noise;

import java.util.Arrays;
import java.util.Locale;

/**
 * Per-qubit readout error: for qubit q, {@code p(read 1 | was 0)} and {@code p(read 0 | was 1)},
 * the off-diagonal entries of its 2x2 confusion matrix. Errors of different qubits are
 * independent (a tensored confusion matrix), as in Qiskit's {@code ReadoutError} per qubit and
 * Mitiq's tensored readout mitigation. Immutable.
 */
public final class ReadoutError {
  private final double[] flipZero;
  private final double[] flipOne;

  private ReadoutError(double[] flipZero, double[] flipOne) {
    this.flipZero = flipZero;
    this.flipOne = flipOne;
  }

  /**
   * Readout error of every qubit.
   *
   * @param flipZero per qubit, the probability of reading 1 when the qubit is 0
   * @param flipOne per qubit, the probability of reading 0 when the qubit is 1
   * @throws IllegalArgumentException if the lengths differ or are zero, or a value is outside
   *     [0, 1], or a qubit's two flips sum to 1 or more (its reading would carry no information
   *     and could not be mitigated)
   */
  public static ReadoutError of(double[] flipZero, double[] flipOne) {
    if (flipZero.length == 0 || flipZero.length != flipOne.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "flipOne: expected one value per qubit like flipZero (%d), got %d", flipZero.length,
          flipOne.length));
    }
    for (int q = 0; q < flipZero.length; q++) {
      Channels.checkProbability("flipZero[" + q + "]", flipZero[q]);
      Channels.checkProbability("flipOne[" + q + "]", flipOne[q]);
      if (flipZero[q] + flipOne[q] >= 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "flipOne[%d]: flipZero + flipOne = %s, expected below 1", q,
            flipZero[q] + flipOne[q]));
      }
    }
    return new ReadoutError(flipZero.clone(), flipOne.clone());
  }

  /** The same symmetric error on each of n qubits. */
  public static ReadoutError uniform(int qubits, double flip) {
    double[] p = new double[qubits];
    Arrays.fill(p, flip);
    return of(p, p);
  }

  /** Number of qubits described. */
  public int qubits() {
    return flipZero.length;
  }

  /** {@code p(read 1 | was 0)} of a qubit. */
  public double flipZero(int qubit) {
    return flipZero[qubit];
  }

  /** {@code p(read 0 | was 1)} of a qubit. */
  public double flipOne(int qubit) {
    return flipOne[qubit];
  }

  /** The probability of reading {@code read} when the qubit holds {@code bit}. */
  public double probability(int qubit, int bit, int read) {
    double flip = bit == 0 ? flipZero[qubit] : flipOne[qubit];
    return bit == read ? 1 - flip : flip;
  }

  /**
   * The distribution of readings given the true distribution of the listed qubits: each qubit's
   * confusion matrix applied along its axis, the first listed qubit the most significant bit.
   */
  public double[] apply(double[] probabilities, int... qubits) {
    double[] p = probabilities.clone();
    for (int k = 0; k < qubits.length; k++) {
      int q = qubits[k];
      double[] m = {1 - flipZero[q], flipOne[q], flipZero[q], 1 - flipOne[q]};
      ConfusionAxis.apply(p, qubits.length, k, m);
    }
    return p;
  }

  @Override
  public String toString() {
    return "ReadoutError(flipZero=" + Arrays.toString(flipZero) + ", flipOne="
        + Arrays.toString(flipOne) + ")";
  }
}
