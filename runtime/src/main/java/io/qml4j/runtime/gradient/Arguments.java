package io.qml4j.runtime.gradient;

import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Locale;

/** Checks at the public boundary of the gradient entry points, each naming its argument. */
final class Arguments {
  private Arguments() {}

  /** Rejects a null or empty list, a null observable or one acting past the circuit's wires. */
  static void checkObservables(String argument, List<PauliSum> observables, int qubits) {
    if (observables == null || observables.isEmpty()) {
      throw new IllegalArgumentException(argument + ": expected at least one observable, got "
          + (observables == null ? "null" : "none"));
    }
    for (int i = 0; i < observables.size(); i++) {
      PauliSum h = observables.get(i);
      if (h == null) {
        throw new IllegalArgumentException(argument + ": expected an observable at index " + i
            + ", got null");
      }
      if (h.maxWire() >= qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: %s acts on wire %d, but the circuit has %d qubit(s) (wires 0..%d)",
            argument, h, h.maxWire(), qubits, qubits - 1));
      }
    }
  }

  /** The one-observable case: rejects null and an observable acting past the circuit's wires. */
  static List<PauliSum> single(String argument, PauliSum h, int qubits) {
    if (h == null) {
      throw new IllegalArgumentException(argument + ": expected an observable, got null");
    }
    List<PauliSum> list = List.of(h);
    checkObservables(argument, list, qubits);
    return list;
  }

  /** Rejects a shot count below 1. */
  static void checkShots(int shots) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
  }

  /** Rejects a cotangent of the wrong length or with a non-finite entry. */
  static void checkCotangent(double[] cotangent, int observables) {
    if (cotangent == null || cotangent.length != observables) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "cotangent: expected one weight per observable (%d), got %s", observables,
          cotangent == null ? "null" : String.valueOf(cotangent.length)));
    }
    for (int i = 0; i < cotangent.length; i++) {
      if (!Double.isFinite(cotangent[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "cotangent: expected finite numbers, got %s at index %d", cotangent[i], i));
      }
    }
  }
}
