package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import java.util.List;

/**
 * Something that runs bound circuits and returns measurement counts: a simulator here, a device
 * elsewhere. Backends are found with {@link Backends#all()} and {@link Backends#named(String)}
 * through {@link java.util.ServiceLoader} ({@link BackendProvider}).
 *
 * <p>{@link #submit} checks the whole batch against {@link #capabilities()} before anything
 * runs (width, gates, shots, circuit count): bad input is an {@link IllegalArgumentException}
 * naming the argument, and nothing is submitted. Every wire of every circuit is measured at the
 * end; {@link Counts} documents the bit order (wire 0 is the most significant bit).
 */
public interface Backend {
  /** The name the backend is found by, e.g. {@code "statevector"} or {@code "fake-falcon27"}. */
  String name();

  /** One line on what the backend is. */
  String description();

  /** What the backend accepts and does. */
  Capabilities capabilities();

  /**
   * Submits circuits to run, each measured {@code shots} times, asynchronously.
   *
   * @param circuits the bound circuits, at most {@link Capabilities#maxCircuits()}
   * @param shots shots per circuit, 1 to {@link Capabilities#maxShots()}; 0 on an exact backend
   *     asks for probabilities only
   * @param seed the seed of every random draw, so a job can be repeated exactly
   * @return the running job
   * @throws IllegalArgumentException if the batch does not fit the capabilities (nothing is
   *     submitted then)
   */
  Job submit(List<Circuit> circuits, int shots, long seed);
}
