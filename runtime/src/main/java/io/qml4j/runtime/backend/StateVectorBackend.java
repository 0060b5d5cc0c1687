package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Probabilities;
import io.qml4j.runtime.observable.Sampler;
import java.util.Map;

/**
 * {@code statevector}: the exact state-vector simulator. Every result carries the exact
 * probabilities; with shots it also carries seeded samples of them. Estimates through it are
 * exact whatever the shots ({@link Estimation} reads the probabilities).
 */
final class StateVectorBackend extends LocalBackend<Circuit> {
  /** The widest circuit: 2^24 amplitudes are 256 MiB, enough for a laptop's heap. */
  static final int MAX_QUBITS = 24;
  static final int MAX_SHOTS = 10_000_000;
  static final int MAX_CIRCUITS = 100_000;

  @Override
  public String name() {
    return "statevector";
  }

  @Override
  public String description() {
    return "exact state-vector simulation: exact probabilities, and seeded samples with shots";
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(MAX_QUBITS, null, null, MAX_SHOTS, MAX_CIRCUITS, true, false, false);
  }

  @Override
  Circuit prepare(Circuit circuit) {
    return circuit;
  }

  @Override
  Counts run(Circuit circuit, int shots, long seed) {
    StateVector state = Simulator.run(circuit);
    double[] p = Probabilities.of(state);
    // divide by the norm: rounded amplitudes such as 1/sqrt 2 leave it a few ulps from 1, and
    // a Bell pair should give exactly 1/2, as qml4j run prints it
    double norm = state.normSquared();
    for (int k = 0; k < p.length; k++) {
      p[k] /= norm;
    }
    if (shots == 0) {
      return new Counts(circuit.qubits(), 0, Map.of(), p);
    }
    return Counts.ofSamples(circuit.qubits(), Sampler.sample(state, shots, seed), p);
  }
}
