package io.qml4j.samples.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor the JDK's HTTP server hands each request to, which decides whether the request
 * is worked: a fixed pool of worker threads with a bounded queue. A request that finds both full,
 * or arrives once shutdown has begun, is not dropped (the JDK server would close its connection
 * without an answer): it runs at once on the server's dispatcher thread marked
 * {@link Admission#OVERFLOW} or {@link Admission#DRAINING}, and the handler answers it 503
 * without reading it, which takes microseconds. So threads are bounded by the pool, waiting
 * requests by the queue, and every request gets an answer.
 */
final class AdmissionExecutor implements Executor {
  /** How a request was admitted, as its handler sees it on its thread. */
  enum Admission {
    /** Queued or run by a worker: work it. */
    WORKED,
    /** Workers and queue were full: answer 503 now. */
    OVERFLOW,
    /** Arrived after shutdown began: answer 503 now. */
    DRAINING
  }

  /** One request's admission and when it arrived, for its handler. */
  record Ticket(Admission admission, long arrivedNanos) {}

  private static final ThreadLocal<Ticket> TICKET = new ThreadLocal<>();

  private final ThreadPoolExecutor pool;
  /** Requests queued or being worked: shutdown waits for it to reach 0. */
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

  /** The admission of the request being handled on this thread. */
  static Ticket ticket() {
    Ticket ticket = TICKET.get();
    return ticket != null ? ticket : new Ticket(Admission.WORKED, System.nanoTime());
  }

  @Override
  public void execute(Runnable exchange) {
    long arrived = System.nanoTime();
    if (draining) {
      runNow(exchange, new Ticket(Admission.DRAINING, arrived));
      return;
    }
    pending.incrementAndGet();
    Ticket worked = new Ticket(Admission.WORKED, arrived);
    try {
      pool.execute(() -> {
        try {
          runNow(exchange, worked);
        } finally {
          pending.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet();
      runNow(exchange, new Ticket(draining ? Admission.DRAINING : Admission.OVERFLOW, arrived));
    }
  }

  private static void runNow(Runnable exchange, Ticket ticket) {
    TICKET.set(ticket);
    try {
      exchange.run();
    } finally {
      TICKET.remove();
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
   * Begins shutdown: from now on requests are answered 503 at once, and this waits until every
   * request admitted before (queued or being worked) has been answered, or the deadline passes.
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
