package io.qml4j.runtime.kernel;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The chunks of a run of consecutive stages, as the threads that share them claim and finish
 * them. A stage is over when all its chunks are finished, not when every thread has arrived: a
 * thread that starts late, or that the operating system deschedules between chunks, holds nobody
 * up (the others claim its share), and finds the stages it missed already over. Only a chunk
 * that a thread is in the middle of is waited for. On a machine whose cores are shared with other
 * programs, that is the difference between a stage waiting a whole time slice for a thread that
 * has nothing left to do and not waiting at all.
 */
final class ChunkClaims {
  /**
   * Busy spins before a waiting thread starts yielding its core: a stage's last chunk is usually
   * microseconds from finished, and parking and waking would cost as much.
   */
  private static final int SPINS_BEFORE_YIELD = 200;

  /** Ints per 64-byte cache line: each stage's counters on lines of their own. */
  private static final int LINE = 16;

  private final int chunks;
  private final int ranges;
  /** Per stage and range, the next chunk's offset in the range. */
  private final AtomicIntegerArray claimed;
  private final AtomicIntegerArray finished;

  /** Counters for {@code stages} stages of {@code chunks} chunks each, claimed as one range. */
  ChunkClaims(int stages, int chunks) {
    this(stages, chunks, 1);
  }

  /**
   * Counters for {@code stages} stages of {@code chunks} chunks each, cut into {@code ranges}
   * contiguous ranges: thread t claims from range t first, so that it keeps the same part of the
   * state from stage to stage where the stages' blocks allow, then from the others.
   */
  ChunkClaims(int stages, int chunks, int ranges) {
    this.chunks = chunks;
    this.ranges = Math.max(1, Math.min(ranges, chunks));
    claimed = new AtomicIntegerArray(stages * this.ranges * LINE);
    finished = new AtomicIntegerArray(stages * LINE);
  }

  /** Chunks per stage. */
  int chunks() {
    return chunks;
  }

  /** The next unclaimed chunk of a stage, or -1 when all are claimed. */
  int claim(int stage) {
    return claim(stage, 0);
  }

  /** The next unclaimed chunk of a stage, from range {@code self} first, or -1 when none is left. */
  int claim(int stage, int self) {
    for (int k = 0; k < ranges; k++) {
      int range = (self + k) % ranges;
      int from = start(range), length = start(range + 1) - from;
      int offset = claimed.getAndIncrement((stage * ranges + range) * LINE);
      if (offset < length) {
        return from + offset;
      }
    }
    return -1;
  }

  private int start(int range) {
    return (int) ((long) chunks * range / ranges);
  }

  /** Records that a claimed chunk is done (whether it succeeded or threw). */
  void finish(int stage) {
    finished.incrementAndGet(stage * LINE);
  }

  /**
   * Claims every chunk of a stage that nobody has claimed yet and counts them as finished without
   * running them: after a failure, so that no thread waits for work that will not be done.
   */
  void abandon(int stage) {
    for (int range = 0; range < ranges; range++) {
      int length = start(range + 1) - start(range);
      int first = claimed.getAndSet((stage * ranges + range) * LINE, length);
      if (first < length) {
        finished.addAndGet(stage * LINE, length - first);
      }
    }
  }

  /** Waits until every chunk of a stage is finished; its writes are then visible here. */
  void awaitStage(int stage) {
    for (int spins = 0; finished.get(stage * LINE) < chunks; spins++) {
      if (spins < SPINS_BEFORE_YIELD) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }
}
