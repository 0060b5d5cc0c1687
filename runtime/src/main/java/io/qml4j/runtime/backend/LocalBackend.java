package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A backend simulated in this JVM: checks a batch against its capabilities, prepares every
 * circuit (a device transpiles here, so an untranslatable gate fails the submission), then runs
 * the circuits one by one on a shared pool of daemon threads.
 *
 * @param <P> what a circuit is prepared into
 */
abstract class LocalBackend<P> implements Backend {
  /** Shared by every local backend; daemon threads so that a pending job never keeps a JVM up. */
  private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "qml4j-backend");
    t.setDaemon(true);
    return t;
  });

  @Override
  public final Job submit(List<Circuit> circuits, int shots, long seed) {
    Objects.requireNonNull(circuits, "circuits");
    Capabilities c = capabilities();
    if (circuits.isEmpty() || circuits.size() > c.maxCircuits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuits: %s takes 1 to %d circuits per job, got %d", name(), c.maxCircuits(),
          circuits.size()));
    }
    int least = c.exact() ? 0 : 1;
    if (shots < least || shots > c.maxShots()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "shots: %s takes %d to %d shots per circuit, got %d", name(), least, c.maxShots(),
          shots));
    }
    List<P> prepared = new ArrayList<>();
    for (int i = 0; i < circuits.size(); i++) {
      Circuit circuit = Objects.requireNonNull(circuits.get(i), "circuits[" + i + "]");
      if (circuit.qubits() > c.qubits()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "circuits[%d]: %d qubits do not fit %s, which has %d", i, circuit.qubits(), name(),
            c.qubits()));
      }
      try {
        prepared.add(prepare(circuit));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("circuits[" + i + "]: " + e.getMessage(), e);
      }
    }
    return Job.start(name(), prepared.size(),
        i -> run(prepared.get(i), shots, seed * 0x9E3779B97F4A7C15L + i), EXECUTOR);
  }

  /** Checks and converts one circuit before the job starts; throws to refuse it. */
  abstract P prepare(Circuit circuit);

  /** Runs one prepared circuit. */
  abstract Counts run(P prepared, int shots, long seed);

  @Override
  public String toString() {
    return name() + ": " + capabilities();
  }
}
