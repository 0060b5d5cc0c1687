package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.observable.Sampler;

/**
 * {@code sampler}: the ideal device. The state vector is sampled {@code shots} times with the
 * job's seed and only the counts come back, as from hardware without noise.
 */
final class SamplerBackend extends LocalBackend<Circuit> {
  @Override
  public String name() {
    return "sampler";
  }

  @Override
  public String description() {
    return "ideal shots: seeded samples of the exact state, counts only";
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(StateVectorBackend.MAX_QUBITS, null, null,
        StateVectorBackend.MAX_SHOTS, StateVectorBackend.MAX_CIRCUITS, false, false, false);
  }

  @Override
  Circuit prepare(Circuit circuit) {
    return circuit;
  }

  @Override
  Counts run(Circuit circuit, int shots, long seed) {
    return Counts.ofSamples(circuit.qubits(), Sampler.sample(Simulator.run(circuit), shots, seed),
        null);
  }
}
