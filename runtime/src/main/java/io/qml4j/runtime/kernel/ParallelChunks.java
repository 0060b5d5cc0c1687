package io.qml4j.runtime.kernel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs {@code chunks} independent pieces of one pass over a state on several threads: the calling
 * thread and helpers from the kernels' shared daemon pool claim chunks one by one (so a thread
 * that is descheduled on a shared machine holds up no more than its current chunk), and the call
 * returns when every chunk is done. For passes that cannot be a stage of a {@link Plan}, such as
 * the steps of an adjoint backward sweep, which also read derivatives.
 */
public final class ParallelChunks {
  private ParallelChunks() {}

  /**
   * Calls {@code chunk.accept(i)} once for every i in {@code 0 .. chunks - 1}, on up to
   * {@code threads} threads, and returns when all calls have returned.
   *
   * @throws IllegalArgumentException if chunks is negative or threads below 1
   * @throws RuntimeException the first exception a chunk threw, after every thread has stopped
   */
  public static void run(int chunks, int threads, IntConsumer chunk) {
    if (chunks < 0 || threads < 1) {
      throw new IllegalArgumentException("chunks, threads: expected at least 0 and 1, got "
          + chunks + " and " + threads);
    }
    int helpers = Math.min(threads, chunks) - 1;
    if (helpers <= 0) {
      for (int i = 0; i < chunks; i++) {
        chunk.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(helpers);
    Runnable work = () -> {
      try {
        for (int i; (i = next.getAndIncrement()) < chunks;) {
          chunk.accept(i);
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
        next.set(chunks); // the others stop claiming
      }
    };
    for (int h = 0; h < helpers; h++) {
      ParallelPlanRunner.POOL.execute(() -> {
        try {
          work.run();
        } finally {
          done.countDown();
        }
      });
    }
    work.run();
    // the helpers write into the caller's arrays: never return before they are done
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    ParallelPlanRunner.rethrow(failure.get());
  }
}
