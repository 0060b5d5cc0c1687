package io.qml4j.samples.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides whether a prediction is worked: a fixed pool of worker threads with a bounded queue.
 * The HTTP server's own threads only hand requests over ({@link #admit}); a request that finds
 * workers and queue full, or arrives once shutdown has begun, is not taken: the caller answers it
 * 503 at once without reading it. So threads are bounded by the pool, waiting requests by the
 * queue, and every request gets an answer.
 */
final class AdmissionExecutor {
  /** What became of a request handed to {@link #admit}. */
  enum Admission {
    /** Queued or run by a worker, which answers it. */
    WORKED,
    /** Workers and queue were full: the caller answers 503. */
    OVERFLOW,
    /** Shutdown has begun: the caller answers 503. */
    DRAINING
  }

  private final ThreadPoolExecutor pool;
  /** Requests admitted and not yet answered: shutdown waits for it to reach 0. */
  private final AtomicInteger pending = new AtomicInteger();
  private volatile boolean draining;

  AdmissionExecutor(int workers, int queue) {
    BlockingQueue<Runnable> waiting =
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads = task -> {
      Thread thread = new Thread(task, "qml4j-serve-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, waiting, threads,
        new ThreadPoolExecutor.AbortPolicy());
    pool.prestartAllCoreThreads();
  }

  /**
   * Queues {@code work} for a worker if there is room and shutdown has not begun. The work must
   * answer its request before it returns: shutdown counts it pending until then.
   */
  Admission admit(Runnable work) {
    // Counted before the draining check: drain() sets the flag before reading the count, so
    // either this sees the flag or drain() sees this request (both are sequentially consistent).
    pending.incrementAndGet();
    if (draining) {
      pending.decrementAndGet();
      return Admission.DRAINING;
    }
    try {
      pool.execute(() -> {
        try {
          work.run();
        } finally {
          pending.decrementAndGet();
        }
      });
      return Admission.WORKED;
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet();
      return draining ? Admission.DRAINING : Admission.OVERFLOW;
    }
  }

  /** Requests being worked now. */
  int active() {
    return pool.getActiveCount();
  }

  /** Requests waiting for a worker now. */
  int queued() {
    return pool.getQueue().size();
  }

  /** Requests queued or being worked now, as shutdown counts them. */
  int pending() {
    return pending.get();
  }

  /** Whether shutdown has begun. */
  boolean draining() {
    return draining;
  }

  /**
   * Begins shutdown: from now on requests are refused, and this waits until every request
   * admitted before (queued or being worked) has been answered, or the deadline passes.
   *
   * @return whether every admitted request was answered before the deadline
   */
  boolean drain(long deadlineNanos) throws InterruptedException {
    draining = true;
    while (pending.get() > 0) {
      if (System.nanoTime() - deadlineNanos >= 0) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** Stops the workers, waiting for any still running until the deadline. */
  void shutdown(long deadlineNanos) throws InterruptedException {
    pool.shutdown();
    long left = deadlineNanos - System.nanoTime();
    if (!pool.awaitTermination(Math.max(0, left), TimeUnit.NANOSECONDS)) {
      pool.shutdownNow();
    }
  }
}
