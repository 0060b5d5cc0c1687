package io.qml4j.runtime.backend.remote;

import java.time.Duration;
import java.util.Objects;

/**
 * How a remote job is watched.
 *
 * @param interval the time between two status requests
 * @param queueTimeout how long a job may wait in the service's queue before it is cancelled and
 *     fails with {@link RemoteBackendException.Reason#QUEUE_TIMEOUT}
 */
public record PollSettings(Duration interval, Duration queueTimeout) {
  /** Validates the durations. */
  public PollSettings {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(queueTimeout, "queueTimeout");
    if (interval.isNegative() || interval.isZero() || queueTimeout.isNegative()) {
      throw new IllegalArgumentException("interval, queueTimeout: expected a positive interval "
          + "and a non-negative timeout, got " + interval + ", " + queueTimeout);
    }
  }

  /** A status request every 5 s; a day in the queue at most. */
  public static PollSettings standard() {
    return new PollSettings(Duration.ofSeconds(5), Duration.ofHours(24));
  }
}
