package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import java.util.ArrayList;
import java.util.List;
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
    Capabilities c = capabilities();
    c.checkJob(name(), circuits, shots);
    List<P> prepared = new ArrayList<>();
    for (int i = 0; i < circuits.size(); i++) {
      Circuit circuit = circuits.get(i);
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
