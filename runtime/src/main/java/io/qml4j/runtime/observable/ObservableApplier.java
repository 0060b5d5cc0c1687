package io.qml4j.runtime.observable;

import io.qml4j.runtime.StateVector;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code H|psi>} for a Pauli sum H, as a new vector (not normalised: H is not unitary). Adjoint
 * differentiation starts its backward sweep from this vector. Each string P contributes
 * {@code P|k> = i^y (-1)^popcount(k & phaseMask) |k ^ flipMask>} per basis state (see
 * {@link Expectation}).
 */
public final class ObservableApplier {
  private ObservableApplier() {}

  /**
   * {@code H|in>} as a new state vector; {@code in} is unchanged.
   *
   * @throws IllegalArgumentException when H acts on a wire the state does not have
   */
  public static StateVector apply(StateVector in, PauliSum h) {
    WireCheck.observableFits("h", h, in);
    StateVector out = StateVector.wrap(in.qubits(), StateVector.allocate(in.qubits()));
    accumulate(in.amplitudes(), in.qubits(), h, out.amplitudes());
    return out;
  }

  /**
   * Writes {@code H|in>} into {@code out}, overwriting it, for loops that reuse one buffer.
   *
   * @throws IllegalArgumentException when H does not fit the state, the qubit counts differ or
   *     {@code out} is {@code in}
   */
  public static void apply(StateVector in, PauliSum h, StateVector out) {
    WireCheck.observableFits("h", h, in);
    if (out.qubits() != in.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "out: expected %d qubits like the input, got %d", in.qubits(), out.qubits()));
    }
    if (out.amplitudes() == in.amplitudes()) {
      throw new IllegalArgumentException("out: must not share its amplitudes with the input");
    }
    if (h.terms().size() != 1) {
      // a single term writes every amplitude once (its flip is a permutation): no clearing
      Arrays.fill(out.amplitudes(), 0);
    }
    accumulate(in.amplitudes(), in.qubits(), h, out.amplitudes());
  }

  private static void accumulate(double[] s, int n, PauliSum h, double[] out) {
    int dimension = 1 << n;
    boolean overwrite = h.terms().size() == 1;
    for (PauliSum.Term t : h.terms()) {
      PauliString p = t.string();
      int flip = p.flipMask(n), phase = p.phaseMask(n);
      // c i^y as a complex number (pr, pi)
      double c = t.coefficient();
      double pr, pi;
      switch (p.yCount() & 3) {
        case 0: pr = c; pi = 0; break;
        case 1: pr = 0; pi = c; break;
        case 2: pr = -c; pi = 0; break;
        default: pr = 0; pi = -c; break;
      }
      for (int k = 0; k < dimension; k++) {
        // the sign of Z's eigenvalue without a branch: random phase patterns mispredict
        double sign = 1 - ((Integer.bitCount(k & phase) & 1) << 1);
        double br = s[2 * k], bi = s[2 * k + 1];
        double re = sign * (pr * br - pi * bi), im = sign * (pr * bi + pi * br);
        int j = 2 * (k ^ flip);
        if (overwrite) {
          // + 0.0 turns -0.0 into 0.0, as adding to a cleared array does
          out[j] = re + 0.0;
          out[j + 1] = im + 0.0;
        } else {
          out[j] += re;
          out[j + 1] += im;
        }
      }
    }
  }
}
