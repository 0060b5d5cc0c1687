package io.qml4j.samples.serve;

import java.time.Duration;
import java.util.Locale;

/**
 * How much work the service takes on at once. At most {@code workers} requests are worked
 * (parsed, evaluated, answered) at a time, each on its own thread, and at most {@code queue}
 * more wait; a request beyond both is answered 503 with {@code Retry-After} without being read.
 * Memory is bounded with them: a request body is at most {@code maxBodyBytes} and carries at most
 * {@code maxRows} rows, so at most {@code (workers + queue)} bodies are held at once.
 *
 * @param workers threads evaluating requests: at least 1; the cores is the natural choice, since
 *     an evaluation is CPU-bound
 * @param queue requests that may wait for a worker: 0 or more
 * @param maxRows the most feature vectors in one request: at least 1
 * @param maxBodyBytes the largest request body read: at least 64
 * @param retryAfter what a 503 tells the client to wait: at least 1 s (the header counts whole
 *     seconds)
 */
public record ServiceLimits(int workers, int queue, int maxRows, int maxBodyBytes,
    Duration retryAfter) {
  /** The most rows of a request by default: a batch worth one round trip, not a data set. */
  public static final int DEFAULT_MAX_ROWS = 256;

  /**
   * Body bytes allowed per row by default: 12 features written as 24 characters each with
   * separators is under 400 bytes, so 1024 leaves room for whitespace.
   */
  public static final int BYTES_PER_ROW = 1024;

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException naming the limit out of range
   */
  public ServiceLimits {
    require("workers", workers, 1);
    require("queue", queue, 0);
    require("maxRows", maxRows, 1);
    require("maxBodyBytes", maxBodyBytes, 64);
    if (retryAfter == null || retryAfter.toSeconds() < 1) {
      throw new IllegalArgumentException("retryAfter: expected at least 1 s, got " + retryAfter);
    }
  }

  /**
   * Defaults for this machine: a worker per core, four waiting requests per worker,
   * {@value #DEFAULT_MAX_ROWS} rows and {@value #BYTES_PER_ROW} bytes per row, retry after 1 s.
   */
  public static ServiceLimits defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServiceLimits(cores, 4 * cores, DEFAULT_MAX_ROWS,
        DEFAULT_MAX_ROWS * BYTES_PER_ROW, Duration.ofSeconds(1));
  }

  /** These limits with {@code workers} workers and {@code queue} waiting requests. */
  public ServiceLimits withConcurrency(int workers, int queue) {
    return new ServiceLimits(workers, queue, maxRows, maxBodyBytes, retryAfter);
  }

  /** These limits with at most {@code maxRows} rows per request (and the body to hold them). */
  public ServiceLimits withMaxRows(int maxRows) {
    return new ServiceLimits(workers, queue, maxRows,
        (int) Math.min(Integer.MAX_VALUE, (long) maxRows * BYTES_PER_ROW), retryAfter);
  }

  private static void require(String name, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected at least %d, got %d", name, least, value));
    }
  }
}
