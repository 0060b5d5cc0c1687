package io.qml4j.runtime.kernel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable barrier for a fixed set of threads that meet after every stage of a plan. Stages at
 * the parallel threshold last tens of microseconds, so waiting threads spin briefly and then
 * yield instead of parking: parking and waking would cost as much as the stage.
 */
final class SpinBarrier {
  /** Busy spins before a waiting thread starts yielding its core. */
  private static final int SPINS_BEFORE_YIELD = 200;

  private final int parties;
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile int generation;

  SpinBarrier(int parties) {
    this.parties = parties;
  }

  void await() {
    int current = generation;
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0);
      generation = current + 1;
      return;
    }
    for (int spins = 0; generation == current; spins++) {
      if (spins < SPINS_BEFORE_YIELD) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }
}
