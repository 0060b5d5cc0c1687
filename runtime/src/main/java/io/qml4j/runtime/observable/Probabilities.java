package io.qml4j.runtime.observable;

import io.qml4j.runtime.FloatStateVector;
import io.qml4j.runtime.StateVector;

/**
 * Measurement probabilities in the computational basis: of every basis state, or marginal over a
 * subset of wires. Index bits follow the wire order: wire 0 (or the first listed wire) is the most
 * significant bit.
 */
public final class Probabilities {
  private Probabilities() {}

  /** {@code |psi_k|^2} for every basis index k (a new array of {@code 2^n} entries). */
  public static double[] of(StateVector state) {
    double[] s = state.amplitudes();
    double[] p = new double[state.dimension()];
    for (int k = 0; k < p.length; k++) {
      p[k] = s[2 * k] * s[2 * k] + s[2 * k + 1] * s[2 * k + 1];
    }
    return p;
  }

  /**
   * The marginal distribution of the listed wires: entry j is the probability that measuring the
   * wires gives the bits of j, the first listed wire most significant. {@code of(state, 2, 0)} on
   * three qubits has entry {@code 0b10} = P(wire 2 reads 1, wire 0 reads 0). An empty list gives
   * the single total {@code {<psi|psi>}}.
   *
   * @throws IllegalArgumentException when a wire is repeated or out of range
   */
  public static double[] of(StateVector state, int... wires) {
    int n = state.qubits();
    WireCheck.distinctWires(wires, n);
    int m = wires.length;
    double[] s = state.amplitudes();
    double[] marginal = new double[1 << m];
    if (isLeadingRun(wires)) {
      // the listed wires are the top bits in order: the marginal index is a shift
      int shift = n - m;
      for (int k = 0, d = state.dimension(); k < d; k++) {
        marginal[k >>> shift] += s[2 * k] * s[2 * k] + s[2 * k + 1] * s[2 * k + 1];
      }
      return marginal;
    }
    int[] shifts = new int[m];
    for (int i = 0; i < m; i++) {
      shifts[i] = n - 1 - wires[i];
    }
    for (int k = 0, d = state.dimension(); k < d; k++) {
      int index = 0;
      for (int shift : shifts) {
        index = (index << 1) | ((k >>> shift) & 1);
      }
      marginal[index] += s[2 * k] * s[2 * k] + s[2 * k + 1] * s[2 * k + 1];
    }
    return marginal;
  }

  private static boolean isLeadingRun(int[] wires) {
    for (int i = 0; i < wires.length; i++) {
      if (wires[i] != i) {
        return false;
      }
    }
    return true;
  }

  /** {@code |psi_k|^2} of a single-precision state for every k, in double. */
  public static double[] of(FloatStateVector state) {
    float[] s = state.amplitudes();
    double[] p = new double[state.dimension()];
    for (int k = 0; k < p.length; k++) {
      double re = s[2 * k], im = s[2 * k + 1];
      p[k] = re * re + im * im;
    }
    return p;
  }

  /**
   * The marginal distribution of the listed wires of a single-precision state, as
   * {@link #of(StateVector, int...)}, accumulated in double.
   *
   * @throws IllegalArgumentException when a wire is repeated or out of range
   */
  public static double[] of(FloatStateVector state, int... wires) {
    int n = state.qubits();
    WireCheck.distinctWires(wires, n);
    float[] s = state.amplitudes();
    int[] shifts = new int[wires.length];
    for (int i = 0; i < wires.length; i++) {
      shifts[i] = n - 1 - wires[i];
    }
    double[] marginal = new double[1 << wires.length];
    for (int k = 0, d = state.dimension(); k < d; k++) {
      int index = 0;
      for (int shift : shifts) {
        index = (index << 1) | ((k >>> shift) & 1);
      }
      double re = s[2 * k], im = s[2 * k + 1];
      marginal[index] += re * re + im * im;
    }
    return marginal;
  }
}
