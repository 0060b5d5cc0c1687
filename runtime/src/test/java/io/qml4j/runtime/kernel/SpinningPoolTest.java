package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Every task runs once, from any number of submitting threads; an idle helper takes the next
 * task, polling or parked; a helper left without work ends, and the pool still runs what comes
 * after.
 */
class SpinningPoolTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void everyTaskRunsOnceFromConcurrentSubmitters() throws InterruptedException {
    SpinningPool pool = new SpinningPool(TimeUnit.MICROSECONDS.toNanos(50), SECOND);
    int submitters = 4;
    int perSubmitter = 2_000;
    AtomicIntegerArray runs = new AtomicIntegerArray(submitters * perSubmitter);
    CountDownLatch done = new CountDownLatch(submitters * perSubmitter);
    Thread[] threads = new Thread[submitters];
    for (int t = 0; t < submitters; t++) {
      int base = t * perSubmitter;
      threads[t] = new Thread(() -> {
        for (int i = 0; i < perSubmitter; i++) {
          int task = base + i;
          pool.execute(() -> {
            runs.incrementAndGet(task);
            done.countDown();
          });
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(done.await(30, TimeUnit.SECONDS), "tasks still running after 30 s");
    for (int i = 0; i < runs.length(); i++) {
      assertEquals(1, runs.get(i), "task " + i);
    }
  }

  @Test
  void anIdleHelperTakesTheNextTaskWhetherPollingOrParked() throws InterruptedException {
    for (long spin : new long[] {SECOND, 0}) {
      SpinningPool pool = new SpinningPool(spin, 60 * SECOND);
      Set<Thread> ran = new HashSet<>();
      for (int task = 0; task < 3; task++) {
        ran.add(threadThatRuns(pool));
        awaitIdle(pool, 1);
      }
      assertEquals(1, ran.size(), "threads that ran three tasks in turn, spin " + spin);
    }
  }

  @Test
  void aHelperWithoutWorkEndsAndTheNextTaskStartsAnother() throws InterruptedException {
    SpinningPool pool = new SpinningPool(0, TimeUnit.MILLISECONDS.toNanos(20));
    Thread first = threadThatRuns(pool);
    first.join(TimeUnit.SECONDS.toMillis(10));
    assertFalse(first.isAlive(), "a helper idle past its time still runs");
    assertEquals(0, pool.idleHelpers());
    assertTrue(threadThatRuns(pool).isDaemon(), "helpers must not keep the JVM alive");
  }

  @Test
  void aTaskThatThrowsLeavesTheHelperAtWork() throws InterruptedException {
    SpinningPool pool = new SpinningPool(SECOND, 60 * SECOND);
    CountDownLatch thrown = new CountDownLatch(1);
    AtomicReference<Thread> failed = new AtomicReference<>();
    pool.execute(() -> {
      failed.set(Thread.currentThread());
      Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.countDown());
      throw new IllegalStateException("expected by the test");
    });
    assertTrue(thrown.await(10, TimeUnit.SECONDS));
    awaitIdle(pool, 1);
    assertEquals(failed.get(), threadThatRuns(pool));
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SpinningPool(-1, SECOND));
    assertTrue(e.getMessage().contains("spinNanos"), e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> new SpinningPool(0, SECOND).execute(null));
    assertEquals("task", n.getMessage());
  }

  /** Runs one task on the pool, waits for it, and returns the thread that ran it. */
  private static Thread threadThatRuns(SpinningPool pool) throws InterruptedException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    pool.execute(() -> {
      ran.set(Thread.currentThread());
      done.countDown();
    });
    assertTrue(done.await(10, TimeUnit.SECONDS), "a task did not run within 10 s");
    return ran.get();
  }

  /** Waits until the pool has this many idle helpers (a helper turns idle after its task). */
  private static void awaitIdle(SpinningPool pool, int helpers) throws InterruptedException {
    long deadline = System.nanoTime() + 10 * SECOND;
    while (pool.idleHelpers() < helpers) {
      assertTrue(System.nanoTime() < deadline, "no helper turned idle within 10 s");
      Thread.sleep(1);
    }
  }
}
