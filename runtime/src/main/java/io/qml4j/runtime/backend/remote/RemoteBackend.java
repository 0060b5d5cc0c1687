package io.qml4j.runtime.backend.remote;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.backend.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A device of a remote service: reads its capabilities from the service's device description
 * once, on first use; {@link #submit} checks the batch against them (circuit count, shots,
 * width), prepares every circuit (transpiling where the service needs native gates, so a gate
 * that cannot be translated fails here) and only then sends anything, as a {@link RemoteJobs}
 * job. Seeds fix the router's choices; the services' own sampling is not seeded.
 */
public abstract class RemoteBackend implements Backend {
  private final String name;
  private volatile Capabilities capabilities;

  /**
   * A backend.
   *
   * @param name its name, such as {@code "ibm:ibm_brisbane"}
   */
  protected RemoteBackend(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }

  /**
   * {@inheritDoc} Read from the service on first call.
   *
   * @throws RemoteBackendException if the service cannot be asked
   */
  @Override
  public final Capabilities capabilities() {
    Capabilities c = capabilities;
    if (c == null) {
      synchronized (this) {
        if (capabilities == null) {
          capabilities = fetchCapabilities();
        }
        c = capabilities;
      }
    }
    return c;
  }

  /** Asks the service what the device accepts. */
  protected abstract Capabilities fetchCapabilities();

  /** How jobs on this backend are watched. */
  protected abstract PollSettings pollSettings();

  /**
   * The submission of prepared programs.
   *
   * @param programs one per circuit
   * @param shots shots per circuit
   * @return the run, not yet submitted
   */
  protected abstract RemoteRun newRun(List<DeviceProgram> programs, int shots);

  @Override
  public final Job submit(List<Circuit> circuits, int shots, long seed) {
    Capabilities c = capabilities();
    c.checkJob(name, circuits, shots);
    List<DeviceProgram> programs = new ArrayList<>();
    for (int i = 0; i < circuits.size(); i++) {
      Circuit circuit = circuits.get(i);
      try {
        programs.add(DeviceProgram.prepare(circuit, c, seed + i));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("circuits[" + i + "]: " + e.getMessage(), e);
      }
    }
    return RemoteJobs.start(name, programs.size(), newRun(programs, shots), pollSettings());
  }

  @Override
  public String toString() {
    Capabilities c = capabilities;
    return name + (c == null ? " (capabilities not read yet)" : ": " + c);
  }
}
