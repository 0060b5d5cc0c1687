package io.qml4j.runtime.batch;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;

/**
 * Exact expectation values of a Pauli observable on every lane of a batch state (layout of
 * {@link BatchKernels}), by the formula of {@code Expectation}: a Pauli string P maps basis state
 * k to {@code i^y (-1)^popcount(k & phaseMask) |k ^ flipMask>}, so
 * {@code <psi|P|psi> = i^y sum_k (-1)^popcount(k & phaseMask) conj(psi[k ^ flipMask]) psi[k]}: one
 * pass over the batch per string, its inner loops over contiguous lanes. Public because
 * generated models call it; not an API for users.
 */
public final class BatchExpectation {
  private BatchExpectation() {}

  /**
   * Writes {@code <psi_b|H|psi_b>} of lane b into {@code out[from + b][column]}, for every lane.
   * H must fit the state (generated models check their observables when they are generated);
   * {@code sums} must hold {@code lanes} doubles, overwritten.
   */
  public static void of(double[] re, double[] im, int qubits, int lanes, PauliSum h,
      double[][] out, int from, int column, double[] sums) {
    java.util.Arrays.fill(sums, 0, lanes, 0);
    for (PauliSum.Term t : h.terms()) {
      addString(re, im, qubits, lanes, t.coefficient(), t.string(), sums);
    }
    for (int b = 0; b < lanes; b++) {
      out[from + b][column] = sums[b];
    }
  }

  /** Adds {@code coefficient <psi_b|P|psi_b>} into {@code sums[b]} for every lane. */
  static void addString(double[] re, double[] im, int qubits, int lanes, double coefficient,
      PauliString p, double[] sums) {
    int flip = 0, phase = 0, ys = 0;
    for (int w : p.wires()) {
      int bit = 1 << (qubits - 1 - w);
      char letter = p.letter(w);
      flip |= letter == 'X' || letter == 'Y' ? bit : 0;
      phase |= letter == 'Z' || letter == 'Y' ? bit : 0;
      ys += letter == 'Y' ? 1 : 0;
    }
    int dimension = 1 << qubits;
    if (flip == 0) {
      for (int k = 0; k < dimension; k++) {
        double c = (Integer.bitCount(k & phase) & 1) == 0 ? coefficient : -coefficient;
        int j0 = k * lanes;
        if (LaneSimd.KERNELS != null && lanes >= LaneSimd.LANES) {
          LaneSimd.KERNELS.addProbabilities(re, im, j0, lanes, c, sums);
          continue;
        }
        for (int b = 0; b < lanes; b++) {
          double r = re[j0 + b], i = im[j0 + b];
          sums[b] += c * (r * r + i * i);
        }
      }
      return;
    }
    int y = ys & 3;
    // conj(a) b = (ar br + ai bi) + i (ar bi - ai br); i^y selects which part is the real result:
    // i^0 -> re, i^1 -> -im, i^2 -> -re, i^3 -> im
    boolean imaginaryPart = (y & 1) == 1;
    double overall = y == 0 || y == 3 ? coefficient : -coefficient;
    for (int k = 0; k < dimension; k++) {
      double c = (Integer.bitCount(k & phase) & 1) == 0 ? overall : -overall;
      int ja = (k ^ flip) * lanes, jb = k * lanes;
      if (imaginaryPart) {
        for (int b = 0; b < lanes; b++) {
          sums[b] += c * (re[ja + b] * im[jb + b] - im[ja + b] * re[jb + b]);
        }
      } else {
        for (int b = 0; b < lanes; b++) {
          sums[b] += c * (re[ja + b] * re[jb + b] + im[ja + b] * im[jb + b]);
        }
      }
    }
  }
}
