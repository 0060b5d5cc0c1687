package io.qml4j.runtime.observable;

import io.qml4j.runtime.FloatStateVector;
import io.qml4j.runtime.StateVector;

/**
 * Exact expectation values and variances of Pauli observables on a state vector, read straight
 * from the amplitudes without copying the state.
 *
 * <p>A Pauli string P maps a basis state to another with a phase:
 * {@code P|k> = i^y (-1)^popcount(k & phaseMask) |k ^ flipMask>}, where the flip mask holds the
 * wires carrying X or Y, the phase mask those carrying Y or Z, and y counts the Y letters. So
 * {@code <psi|P|psi> = i^y sum_k (-1)^popcount(k & phaseMask) conj(psi[k ^ flipMask]) psi[k]}, one
 * pass over the amplitudes per string; strings of Z and I only need just the probabilities.
 *
 * <p>The state is assumed normalised (as every simulator output is); nothing here modifies it.
 */
public final class Expectation {
  private Expectation() {}

  /**
   * {@code <psi|H|psi>}.
   *
   * @throws IllegalArgumentException when H acts on a wire the state does not have
   */
  public static double of(StateVector state, PauliSum h) {
    WireCheck.observableFits("h", h, state);
    double[] s = state.amplitudes();
    int n = state.qubits();
    double sum = 0;
    for (PauliSum.Term t : h.terms()) {
      sum += t.coefficient() * ofString(s, n, t.string());
    }
    return sum;
  }

  /**
   * {@code <psi|P|psi>} of one Pauli string.
   *
   * @throws IllegalArgumentException when P acts on a wire the state does not have
   */
  public static double of(StateVector state, PauliString p) {
    WireCheck.observableFits("p", PauliSum.of(1, p), state);
    return ofString(state.amplitudes(), state.qubits(), p);
  }

  /**
   * {@code <H^2> - <H>^2}, computed as {@code ||H psi||^2 - <psi|H psi>^2} with one temporary
   * vector {@code H|psi>} (H is Hermitian, so {@code <psi|H H|psi> = ||H psi||^2}); H^2 is never
   * formed. Rounding below zero is reported as zero.
   *
   * @throws IllegalArgumentException when H acts on a wire the state does not have
   */
  public static double variance(StateVector state, PauliSum h) {
    WireCheck.observableFits("h", h, state);
    StateVector applied = ObservableApplier.apply(state, h);
    double[] s = state.amplitudes(), hs = applied.amplitudes();
    double square = 0, mean = 0;
    for (int i = 0; i < s.length; i++) {
      square += hs[i] * hs[i];
      mean += s[i] * hs[i];
    }
    return Math.max(0, square - mean * mean);
  }

  /** {@code <psi|P|psi>} over an n-qubit amplitude array; P must fit the state. */
  static double ofString(double[] s, int n, PauliString p) {
    int dimension = 1 << n;
    int flip = p.flipMask(n), phase = p.phaseMask(n);
    if (flip == 0) {
      double sum = 0;
      for (int k = 0; k < dimension; k++) {
        double probability = s[2 * k] * s[2 * k] + s[2 * k + 1] * s[2 * k + 1];
        sum += (Integer.bitCount(k & phase) & 1) == 0 ? probability : -probability;
      }
      return sum;
    }
    int y = p.yCount() & 3;
    // conj(a) b = (ar br + ai bi) + i (ar bi - ai br); i^y selects which part is the real result
    boolean imaginaryPart = (y & 1) == 1;
    double sum = 0;
    for (int k = 0; k < dimension; k++) {
      int j = k ^ flip;
      double ar = s[2 * j], ai = s[2 * j + 1], br = s[2 * k], bi = s[2 * k + 1];
      double part = imaginaryPart ? ar * bi - ai * br : ar * br + ai * bi;
      sum += (Integer.bitCount(k & phase) & 1) == 0 ? part : -part;
    }
    // i^0 -> re, i^1 -> -im, i^2 -> -re, i^3 -> im
    return y == 0 || y == 3 ? sum : -sum;
  }

  /**
   * {@code <psi|H|psi>} of a single-precision state, accumulated in double.
   *
   * @throws IllegalArgumentException when H acts on a wire the state does not have
   */
  public static double of(FloatStateVector state, PauliSum h) {
    WireCheck.observableFits("h", h, state.qubits());
    double sum = 0;
    for (PauliSum.Term t : h.terms()) {
      sum += t.coefficient() * ofString(state.amplitudes(), state.qubits(), t.string());
    }
    return sum;
  }

  /**
   * {@code <psi|P|psi>} of one Pauli string on a single-precision state, accumulated in double.
   *
   * @throws IllegalArgumentException when P acts on a wire the state does not have
   */
  public static double of(FloatStateVector state, PauliString p) {
    WireCheck.observableFits("p", PauliSum.of(1, p), state.qubits());
    return ofString(state.amplitudes(), state.qubits(), p);
  }

  /** {@link #ofString(double[], int, PauliString)} over floats, each product in double. */
  static double ofString(float[] s, int n, PauliString p) {
    int dimension = 1 << n;
    int flip = p.flipMask(n), phase = p.phaseMask(n);
    int y = p.yCount() & 3;
    boolean imaginaryPart = (y & 1) == 1;
    double sum = 0;
    for (int k = 0; k < dimension; k++) {
      int j = k ^ flip;
      double ar = s[2 * j], ai = s[2 * j + 1], br = s[2 * k], bi = s[2 * k + 1];
      double part = imaginaryPart ? ar * bi - ai * br : ar * br + ai * bi;
      sum += (Integer.bitCount(k & phase) & 1) == 0 ? part : -part;
    }
    return y == 0 || y == 3 ? sum : -sum;
  }
}
