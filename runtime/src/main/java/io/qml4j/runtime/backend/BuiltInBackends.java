package io.qml4j.runtime.backend;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;

/**
 * The backends qml4j ships: {@code statevector}, {@code sampler}, {@code density-matrix} and
 * {@code trajectories} (with {@link NoisyBackend#defaultNoise(int)}), and the
 * {@link FakeDevices}.
 */
@AutoService(BackendProvider.class)
public final class BuiltInBackends implements BackendProvider {
  /** For {@link java.util.ServiceLoader}. */
  public BuiltInBackends() {}

  @Override
  public List<Backend> backends() {
    List<Backend> all = new ArrayList<>();
    all.add(new StateVectorBackend());
    all.add(new SamplerBackend());
    all.add(NoisyBackend.densityMatrix("density-matrix", NoisyBackend::defaultNoise));
    all.add(NoisyBackend.trajectories("trajectories", NoisyBackend::defaultNoise));
    all.addAll(FakeDevices.all());
    return all;
  }
}
