package io.qml4j.runtime.internal;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.GateInverses;
import java.util.Locale;

/**
 * {@code U^dagger} of a gate applied in place to an amplitude array, the wires given by their
 * strides: what the backward sweep of a generated model calls for gates whose inverse is no gate of
 * the table (SX, iSWAP, user unitaries, PauliRot). Not API: see the package documentation; the
 * rule is {@link GateInverses#of}.
 */
public final class InverseKernels {
  private InverseKernels() {}

  /**
   * Applies {@code U^dagger} of a gate of the table (fixed arity, or {@link Gate#MULTI_RZ}) to an
   * amplitude array in place, the wires given by their strides.
   */
  public static void apply(double[] s, Gate gate, int[] strides, double... angles) {
    int n = qubitsOf(s);
    Simulator.apply(s, n, GateInverses.of(Operation.of(gate, wiresOf(n, strides), angles)));
  }

  /** Applies {@code exp(+i angle P / 2)}, the inverse of a PauliRot, in place. */
  public static void applyPauliRot(double[] s, int[] strides, String word, double angle) {
    int n = qubitsOf(s);
    Simulator.apply(s, n, Operation.pauliRot(-angle, word, wiresOf(n, strides)));
  }

  /** Applies the conjugate transpose of a unitary matrix (layout of GateMatrices) in place. */
  public static void applyUnitary(double[] s, int[] strides, double[] matrix) {
    int n = qubitsOf(s);
    Simulator.apply(s, n, GateInverses.of(Operation.unitary(matrix, wiresOf(n, strides))));
  }

  private static int qubitsOf(double[] s) {
    if (Integer.bitCount(s.length) != 1 || s.length < 4) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "s: expected 2^(n+1) doubles for n >= 1 qubits, got %d", s.length));
    }
    return Integer.numberOfTrailingZeros(s.length) - 1;
  }

  private static int[] wiresOf(int n, int[] strides) {
    int[] wires = new int[strides.length];
    for (int k = 0; k < strides.length; k++) {
      if (Integer.bitCount(strides[k]) != 1 || strides[k] >= 1 << n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "strides: expected powers of two below 2^%d, got %d at %d", n, strides[k], k));
      }
      wires[k] = n - 1 - Integer.numberOfTrailingZeros(strides[k]);
    }
    return wires;
  }
}
