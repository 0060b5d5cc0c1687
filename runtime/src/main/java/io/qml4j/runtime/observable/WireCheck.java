package io.qml4j.runtime.observable;

import io.qml4j.runtime.StateVector;
import java.util.Locale;

/** Argument checks shared by the public entry points of this package. */
final class WireCheck {
  private WireCheck() {}

  /** Rejects an observable that acts on a wire the state does not have. */
  static void observableFits(String argument, PauliSum h, StateVector state) {
    observableFits(argument, h, state.qubits());
  }

  /** Rejects an observable that acts on a wire an n-qubit state does not have. */
  static void observableFits(String argument, PauliSum h, int n) {
    if (h == null) {
      throw new IllegalArgumentException(argument + ": expected an observable, got null");
    }
    if (h.maxWire() >= n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: the observable %s acts on wire %d, but the state has %d qubits (wires 0..%d)",
          argument, h, h.maxWire(), n, n - 1));
    }
  }

  /** Rejects a wire list with a repeated or out-of-range wire. */
  static void distinctWires(int[] wires, int qubits) {
    if (wires == null) {
      throw new IllegalArgumentException("wires: expected an array of wires, got null");
    }
    boolean[] seen = new boolean[qubits];
    for (int i = 0; i < wires.length; i++) {
      int w = wires[i];
      if (w < 0 || w >= qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wires: wire %d (at index %d) is out of range for a %d-qubit state (wires 0..%d)",
            w, i, qubits, qubits - 1));
      }
      if (seen[w]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wires: wire %d is listed twice (again at index %d); expected distinct wires",
            w, i));
      }
      seen[w] = true;
    }
  }

  static void positiveShots(int shots) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
  }
}
