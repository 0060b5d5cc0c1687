package io.qml4j.runtime.kernel;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs {@code chunks} independent pieces of one pass over a state on several threads: the calling
 * thread and helpers from the kernels' shared daemon pool claim chunks one by one (so a thread
 * that is descheduled on a shared machine holds up no more than its current chunk), and the call
 * returns when every chunk is done, without waiting for a helper that has not started yet
 * ({@link ChunkClaims}). For passes that cannot be a stage of a {@link Plan}, such as the steps of
 * an adjoint backward sweep, which also read derivatives.
 */
public final class ParallelChunks {
  private ParallelChunks() {}

  /**
   * Calls {@code chunk.accept(i)} once for every i in {@code 0 .. chunks - 1}, on up to
   * {@code threads} threads, and returns when all calls have returned.
   *
   * @throws IllegalArgumentException if chunks is negative or threads below 1
   * @throws RuntimeException the first exception a chunk threw, after every started chunk has
   *     returned (the chunks not started by then are skipped)
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
    ChunkClaims claims = new ChunkClaims(1, chunks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int i; (i = claims.claim(0)) >= 0;) {
        try {
          chunk.accept(i);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          claims.abandon(0);
        } finally {
          claims.finish(0);
        }
      }
    };
    for (int h = 0; h < helpers; h++) {
      ParallelPlanRunner.POOL.execute(work);
    }
    work.run();
    // the helpers write into the caller's arrays: never return before their chunks are done
    claims.awaitStage(0);
    ParallelPlanRunner.rethrow(failure.get());
  }
}
