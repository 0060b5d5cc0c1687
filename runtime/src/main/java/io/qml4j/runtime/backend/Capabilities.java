package io.qml4j.runtime.backend;

import io.qml4j.runtime.transpile.CouplingMap;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.util.Locale;
import java.util.Optional;

/**
 * What a backend accepts and does.
 *
 * @param qubits the most qubits a circuit may use
 * @param nativeGates the device's native gates, or null when any gate of the gate table runs
 * @param couplingMap which qubit pairs a two-qubit gate may act on, or null for all pairs
 * @param maxShots the most shots per circuit
 * @param maxCircuits the most circuits per job
 * @param exact whether results are exact probabilities (shots 0 accepted) rather than samples
 * @param dynamicCircuits whether mid-circuit measurement and feed-forward are supported
 * @param noisy whether the backend simulates noise
 */
public record Capabilities(int qubits, NativeGateSet nativeGates, CouplingMap couplingMap,
    int maxShots, int maxCircuits, boolean exact, boolean dynamicCircuits, boolean noisy) {
  /** Validates the limits. */
  public Capabilities {
    if (qubits < 1 || maxShots < 1 || maxCircuits < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits, maxShots, maxCircuits: expected at least 1 each, got %d, %d, %d", qubits,
          maxShots, maxCircuits));
    }
    if (couplingMap != null && couplingMap.qubits() != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "couplingMap: has %d qubits, expected %d", couplingMap.qubits(), qubits));
    }
  }

  /** The native gate set, if the backend has one. */
  public Optional<NativeGateSet> nativeGateSet() {
    return Optional.ofNullable(nativeGates);
  }

  /** The coupling map, if the backend has one. */
  public Optional<CouplingMap> coupling() {
    return Optional.ofNullable(couplingMap);
  }

  /** One line: qubits, gates, coupling, limits and flags. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d qubits, gates %s, coupling %s, shots <= %d, "
        + "circuits <= %d%s%s%s", qubits,
        nativeGates == null ? "any" : String.join(",", nativeGates.gateNames()),
        couplingMap == null ? "all-to-all" : couplingMap.name() + " ("
            + couplingMap.edges().size() + " couplers)",
        maxShots, maxCircuits, exact ? ", exact" : "", noisy ? ", noisy" : "",
        dynamicCircuits ? ", dynamic circuits" : "");
  }
}
