package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * Every chunk runs exactly once, whatever the thread count; a failing chunk's exception comes
 * back.
 */
class ParallelChunksTest {
  @Test
  void everyChunkRunsOnce() {
    for (int threads : new int[] {1, 2, 5}) {
      for (int chunks : new int[] {0, 1, 3, 64}) {
        AtomicIntegerArray calls = new AtomicIntegerArray(chunks);
        ParallelChunks.run(chunks, threads, calls::incrementAndGet);
        for (int i = 0; i < chunks; i++) {
          assertEquals(1, calls.get(i), "chunk " + i + " of " + chunks + " on " + threads);
        }
      }
    }
  }

  @Test
  void aFailingChunksExceptionReachesTheCaller() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ParallelChunks.run(16, 2, i -> {
          if (i == 9) {
            throw new IllegalStateException("chunk 9 failed");
          }
        }));
    assertEquals("chunk 9 failed", e.getMessage());
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParallelChunks.run(4, 0, i -> { }));
    assertEquals("chunks, threads: expected at least 0 and 1, got 4 and 0", e.getMessage());
  }
}
