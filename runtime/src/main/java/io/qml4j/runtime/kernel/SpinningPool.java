package io.qml4j.runtime.kernel;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The kernels' helper threads: daemon threads that, after a task, may keep polling for the next
 * one for a while ({@link #SPIN_NANOS}, off by default) before they park. A parked helper took a
 * median 16-24 us (90th percentile 35-41 us) to start on the next run's chunks here, a polling one
 * 0.9-1.5 us (4-8 us); but two builds that differ in this default only, timed side by side, ran
 * HEA 16x1 and 16x10 on two threads within 1 % of each other (docs/figures.md, eighth round),
 * while a polling helper holds a core that the application may want. A helper with no task for a
 * longer while ({@link #RETIRE_NANOS}) ends, as a cached pool's would, and the next task starts a
 * new one.
 */
final class SpinningPool implements Executor {
  /**
   * How long an idle helper polls before it parks: {@code -Dqml4j.kernel.spinMicros}, by default
   * 0, parking at once. 200 bridges the gap between two runs of a loop and still gives the core
   * back within a fraction of a millisecond.
   */
  static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(
      Math.max(0, Long.getLong("qml4j.kernel.spinMicros", 0)));

  /** How long a parked helper waits for work before its thread ends. */
  static final long RETIRE_NANOS = TimeUnit.SECONDS.toNanos(60);

  private static final AtomicInteger COUNT = new AtomicInteger();

  /** The helpers waiting for a task, the most recently idle first (its caches are warmest). */
  private final ConcurrentLinkedDeque<Helper> idle = new ConcurrentLinkedDeque<>();
  private final long spinNanos;
  private final long retireNanos;

  /** A pool whose idle helpers poll for {@code spinNanos} and end after {@code retireNanos}. */
  SpinningPool(long spinNanos, long retireNanos) {
    if (spinNanos < 0 || retireNanos <= 0) {
      throw new IllegalArgumentException("spinNanos, retireNanos: expected at least 0 and above 0,"
          + " got " + spinNanos + " and " + retireNanos);
    }
    this.spinNanos = spinNanos;
    this.retireNanos = retireNanos;
  }

  /** Number of helpers now waiting for a task. */
  int idleHelpers() {
    return idle.size();
  }

  @Override
  public void execute(Runnable task) {
    if (task == null) {
      throw new NullPointerException("task");
    }
    Helper waiting = idle.pollFirst();
    if (waiting != null) {
      waiting.offer(task);
      return;
    }
    Helper helper = new Helper(task);
    helper.thread.start();
  }

  /** One helper thread and its task slot. */
  private final class Helper implements Runnable {
    final Thread thread;
    private volatile Runnable task;
    private volatile boolean parked;

    Helper(Runnable first) {
      this.task = first;
      this.thread = new Thread(this, "qml4j-kernel-" + COUNT.incrementAndGet());
      thread.setDaemon(true);
    }

    /** Hands over a task to this helper, taken off the idle list by the caller. */
    void offer(Runnable next) {
      task = next;
      if (parked) {
        LockSupport.unpark(thread);
      }
    }

    @Override
    public void run() {
      while (true) {
        Runnable current = task;
        try {
          current.run();
        } catch (Throwable t) {
          // the submitters collect their own failures; a stray one must not end the helper
          Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(thread, t);
        }
        task = null;
        idle.addFirst(this);
        if (!awaitTask()) {
          return;
        }
      }
    }

    /** Waits for the next task: polls, then parks; false when the helper retires instead. */
    private boolean awaitTask() {
      long start = System.nanoTime();
      while (task == null && System.nanoTime() - start < spinNanos) {
        Thread.onSpinWait();
      }
      long deadline = System.nanoTime() + retireNanos;
      while (task == null) {
        parked = true;
        if (task == null) {
          LockSupport.parkNanos(this, deadline - System.nanoTime());
        }
        parked = false;
        // only a helper still on the idle list can retire: one taken off it has a task coming
        if (task == null && System.nanoTime() - deadline >= 0 && idle.remove(this)) {
          return false;
        }
      }
      return true;
    }
  }
}
