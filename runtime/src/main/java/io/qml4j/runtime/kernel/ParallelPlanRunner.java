package io.qml4j.runtime.kernel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parallel variant of {@link Plan#run}: every stage is split into contiguous shares (tiles or
 * units) across threads, which meet at a barrier between stages. The calling thread does share 0;
 * the others come from a shared pool of daemon threads. Allocation is per run (one task per
 * helper thread and its scratch), never per gate.
 */
public final class ParallelPlanRunner {
  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();
  private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
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
    for (int worker = 1; worker < threads; worker++) {
      int w = worker;
      POOL.execute(() -> work(plan, s, w, threads, barrier, failure));
    }
    work(plan, s, 0, threads, barrier, failure);
    Throwable t = failure.get();
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t != null) {
      throw new IllegalStateException("a kernel thread failed", t);
    }
  }

  private static void work(Plan plan, double[] s, int worker, int workers, SpinBarrier barrier,
      AtomicReference<Throwable> failure) {
    double[] scratch = new double[plan.scratchLength()];
    for (int stage = 0, stages = plan.stages(); stage < stages; stage++) {
      try {
        plan.runStage(stage, s, scratch, worker, workers);
      } catch (Throwable t) {
        // keep meeting the barrier so that no other thread waits forever
        failure.compareAndSet(null, t);
      }
      barrier.await();
    }
  }
}
