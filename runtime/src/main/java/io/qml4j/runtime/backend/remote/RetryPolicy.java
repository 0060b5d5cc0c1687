package io.qml4j.runtime.backend.remote;

import java.time.Duration;
import java.util.Objects;

/**
 * How a remote client retries HTTP 429 and 5xx answers and connection failures: at most
 * {@code maxRetries} more tries, each after the server's {@code Retry-After} when it sends one,
 * else after {@code baseDelay * 2^k} (k = 0, 1, ...), never longer than {@code maxDelay}.
 *
 * @param maxRetries retries after the first try, at least 0
 * @param baseDelay the first backoff
 * @param maxDelay the longest wait, also the cap on a server's Retry-After
 * @param sleeper how the client waits (tests record the waits instead of sleeping)
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay,
    Sleeper sleeper) {
  /** Waits between tries. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param delay how long
     * @throws InterruptedException if interrupted
     */
    void sleep(Duration delay) throws InterruptedException;
  }

  /** Validates the limits. */
  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(sleeper, "sleeper");
    if (maxRetries < 0 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("maxRetries, baseDelay, maxDelay: expected "
          + "maxRetries >= 0 and 0 <= baseDelay <= maxDelay, got " + maxRetries + ", "
          + baseDelay + ", " + maxDelay);
    }
  }

  /** Five retries from 1 s doubling up to 60 s, sleeping the thread. */
  public static RetryPolicy standard() {
    return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60),
        d -> Thread.sleep(d.toMillis()));
  }

  /**
   * The wait before retry {@code attempt} (0 for the first retry).
   *
   * @param attempt the retry's index
   * @param retryAfter the server's Retry-After, or null
   * @return the wait
   */
  public Duration delay(int attempt, Duration retryAfter) {
    Duration d = retryAfter != null ? retryAfter
        : baseDelay.multipliedBy(1L << Math.min(attempt, 20));
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }
}
