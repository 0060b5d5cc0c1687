package io.qml4j.runtime.kernel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The parallel variant of {@link Plan#run}: every stage is cut into contiguous chunks (of blocks or
 * units) that the threads claim one by one, each from its own range of them first
 * ({@link #AFFINITY}), and a thread moves on to the next stage once every chunk of this one is
 * finished ({@link ChunkClaims}). The calling thread takes part from the
 * start; the others come from a shared pool of daemon threads and join when they are scheduled, so
 * neither waking them nor a helper that the operating system deschedules holds up a stage whose
 * chunks the running threads can finish. Every amplitude sees the same arithmetic in the same
 * order whichever thread applies it, so results equal {@link Plan#run}'s bit for bit. Allocation
 * is per run (a task per helper thread, its scratch, the chunk counters), never per gate.
 */
public final class ParallelPlanRunner {
  /**
   * Chunks per thread and stage: enough for a thread that falls behind to be covered by the
   * others, few enough that claiming a chunk (one atomic increment) stays negligible.
   */
  static final int CHUNKS_PER_THREAD = 4;

  /**
   * Whether thread t claims from the t-th contiguous range of a stage's chunks first
   * ({@code -Dqml4j.plan.affinity=false} for one shared range). A stage's blocks are ordered by
   * their highest outer wires, so a thread then keeps the same part of the state from stage to
   * stage wherever those wires stay outside the blocks, instead of taking the part another core
   * holds in its cache: HEA 16x10 on two threads 2.27-2.33 against 2.94-3.05 ms (one thread
   * 2.82-2.96), 20x5 19.9-21.6 against 22.0-26.4 ms (docs/figures.md).
   */
  static final boolean AFFINITY = !"false".equals(System.getProperty("qml4j.plan.affinity"));

  /** The daemon helper threads of every parallel kernel ({@link ParallelChunks} too). */
  static final Executor POOL =
      new SpinningPool(SpinningPool.SPIN_NANOS, SpinningPool.RETIRE_NANOS);

  private ParallelPlanRunner() {}

  /** Applies a plan to an amplitude array using {@code threads} threads (1 runs serially). */
  public static void run(Plan plan, double[] s, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    plan.checkLength(s);
    if (threads == 1 || plan.stages() == 0) {
      plan.run(s);
      return;
    }
    ChunkClaims claims = new ChunkClaims(plan.stages(), threads * CHUNKS_PER_THREAD,
        AFFINITY ? threads : 1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int helper = 1; helper < threads; helper++) {
      int self = helper;
      POOL.execute(() -> work(plan, s, claims, failure, self));
    }
    work(plan, s, claims, failure, 0);
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

  /**
   * Claims and runs chunks stage by stage, waiting between stages until every chunk of the last
   * one is finished. The calling thread returns only after the last stage is complete; a helper
   * that starts after that claims nothing and never touches the state.
   */
  private static void work(Plan plan, double[] s, ChunkClaims claims,
      AtomicReference<Throwable> failure, int self) {
    double[] scratch = null;
    int chunks = claims.chunks();
    for (int stage = 0, stages = plan.stages(); stage < stages; stage++) {
      for (int chunk; (chunk = claims.claim(stage, self)) >= 0;) {
        try {
          if (scratch == null) {
            scratch = new double[plan.scratchLength()];
          }
          plan.runStage(stage, s, scratch, chunk, chunks);
        } catch (Throwable t) {
          // the stage's other chunks are dropped; later stages still run, so nobody waits forever
          failure.compareAndSet(null, t);
          claims.abandon(stage);
        } finally {
          claims.finish(stage);
        }
      }
      claims.awaitStage(stage);
    }
  }
}
