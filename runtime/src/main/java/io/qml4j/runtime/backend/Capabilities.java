package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.transpile.CouplingMap;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

  /**
   * Checks a job against these capabilities before anything is prepared or sent: 1 to
   * {@link #maxCircuits()} circuits, none null and none wider than {@link #qubits()}, and 1 to
   * {@link #maxShots()} shots (0 allowed where the backend is exact).
   *
   * @param backend the backend's name, for the messages
   * @param circuits the job's circuits
   * @param shots shots per circuit
   * @throws IllegalArgumentException naming the argument (and circuit index) that does not fit
   * @throws NullPointerException for a null list or circuit
   */
  public void checkJob(String backend, List<Circuit> circuits, int shots) {
    Objects.requireNonNull(circuits, "circuits");
    if (circuits.isEmpty() || circuits.size() > maxCircuits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuits: %s takes 1 to %d circuits per job, got %d", backend, maxCircuits,
          circuits.size()));
    }
    int least = exact ? 0 : 1;
    if (shots < least || shots > maxShots) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "shots: %s takes %d to %d shots per circuit, got %d", backend, least, maxShots,
          shots));
    }
    for (int i = 0; i < circuits.size(); i++) {
      Circuit circuit = Objects.requireNonNull(circuits.get(i), "circuits[" + i + "]");
      if (circuit.qubits() > qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "circuits[%d]: %d qubits do not fit %s, which has %d", i, circuit.qubits(), backend,
            qubits));
      }
    }
  }
}
