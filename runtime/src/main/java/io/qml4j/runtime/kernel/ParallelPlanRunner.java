package io.qml4j.runtime.kernel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parallel variant of {@link Plan#run}: every stage is cut into contiguous chunks (of tiles or
 * units) that the threads claim one by one, and the threads meet at a barrier between stages. The
 * calling thread takes part; the others come from a shared pool of daemon threads. Claiming
 * chunks rather than owning fixed halves keeps a stage moving when the machine is shared and one
 * thread is descheduled. Allocation is per run (a task per helper thread, its scratch, the chunk
 * counters), never per gate.
 */
public final class ParallelPlanRunner {
  /**
   * Chunks per thread and stage: enough for a thread that falls behind to be covered by the
   * others, few enough that claiming a chunk (one atomic increment) stays negligible.
   */
  static final int CHUNKS_PER_THREAD = 4;

  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();
  /** The daemon helper threads of every parallel kernel ({@link ParallelChunks} too). */
  static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
    Thread t = new Thread(task, "qml4j-kernel-" + THREAD_COUNT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private ParallelPlanRunner() {}

  /** Applies a plan to an amplitude array using {@code threads} threads (1 runs serially). */
  public static void run(Plan plan, double[] s, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    plan.checkLength(s);
    if (threads == 1) {
      plan.run(s);
      return;
    }
    SpinBarrier barrier = new SpinBarrier(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicIntegerArray claimed = new AtomicIntegerArray(plan.stages());
    int chunks = threads * CHUNKS_PER_THREAD;
    for (int worker = 1; worker < threads; worker++) {
      POOL.execute(() -> work(plan, s, chunks, claimed, barrier, failure));
    }
    work(plan, s, chunks, claimed, barrier, failure);
    rethrow(failure.get());
  }

  /** A helper thread's failure, if any, rethrown on the calling thread. */
  static void rethrow(Throwable t) {
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new IllegalStateException("a kernel thread failed", t);
    }
  }

  private static void work(Plan plan, double[] s, int chunks, AtomicIntegerArray claimed,
      SpinBarrier barrier, AtomicReference<Throwable> failure) {
    double[] scratch = new double[plan.scratchLength()];
    for (int stage = 0, stages = plan.stages(); stage < stages; stage++) {
      try {
        for (int chunk; (chunk = claimed.getAndIncrement(stage)) < chunks;) {
          plan.runStage(stage, s, scratch, chunk, chunks);
        }
      } catch (Throwable t) {
        // keep meeting the barrier so that no other thread waits forever
        failure.compareAndSet(null, t);
      }
      barrier.await();
    }
  }
}
