package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link ChunkClaims} with ranges: each thread claims its own contiguous range first, so that it
 * keeps the same blocks from stage to stage, then takes what is left of the others'; every chunk
 * of a stage is claimed exactly once, whoever asks, and abandoning a stage counts its unclaimed
 * chunks as finished.
 */
class ChunkClaimsTest {
  @Test
  void eachThreadTakesItsOwnRangeFirstThenTheOthers() {
    ChunkClaims claims = new ChunkClaims(2, 8, 2);
    assertEquals(4, claims.claim(0, 1));
    assertEquals(0, claims.claim(0, 0));
    assertEquals(5, claims.claim(0, 1));
    assertEquals(6, claims.claim(0, 1));
    assertEquals(7, claims.claim(0, 1));
    // range 1 is used up: thread 1 now takes range 0's chunks, thread 0 its own
    assertEquals(1, claims.claim(0, 1));
    assertEquals(2, claims.claim(0, 0));
    assertEquals(3, claims.claim(0, 0));
    assertEquals(-1, claims.claim(0, 0));
    assertEquals(-1, claims.claim(0, 1));
    // the next stage starts over
    assertEquals(0, claims.claim(1, 0));
  }

  @Test
  void everyChunkIsClaimedOnceInAnyOrderOfRequests() {
    SplittableRandom random = new SplittableRandom(3);
    for (int chunks : new int[] {1, 2, 7, 10, 13}) {
      for (int ranges : new int[] {1, 2, 3, 5}) {
        ChunkClaims claims = new ChunkClaims(1, chunks, ranges);
        boolean[] seen = new boolean[chunks];
        for (int k = 0; k < chunks; k++) {
          int chunk = claims.claim(0, random.nextInt(ranges));
          assertTrue(chunk >= 0 && !seen[chunk], chunks + " chunks, " + ranges + " ranges: "
              + chunk);
          seen[chunk] = true;
        }
        for (int self = 0; self < ranges; self++) {
          assertEquals(-1, claims.claim(0, self));
        }
      }
    }
  }

  @Test
  void threadsClaimingTogetherShareEveryChunkOnce() throws Exception {
    int chunks = 1000, threads = 3;
    ChunkClaims claims = new ChunkClaims(1, chunks, threads);
    List<List<Integer>> taken = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      List<Integer> mine = new ArrayList<>();
      taken.add(mine);
      int self = t;
      new Thread(() -> {
        for (int c; (c = claims.claim(0, self)) >= 0;) {
          mine.add(c);
          claims.finish(0);
        }
        done.countDown();
      }).start();
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    claims.awaitStage(0);
    boolean[] seen = new boolean[chunks];
    for (List<Integer> mine : taken) {
      for (int c : mine) {
        assertTrue(!seen[c], "chunk " + c + " claimed twice");
        seen[c] = true;
      }
    }
    for (int c = 0; c < chunks; c++) {
      assertTrue(seen[c], "chunk " + c + " never claimed");
    }
  }

  @Test
  void abandoningCountsTheUnclaimedChunksOfEveryRangeAsFinished() {
    ChunkClaims claims = new ChunkClaims(1, 6, 3);
    assertEquals(2, claims.claim(0, 1));
    claims.finish(0);
    claims.abandon(0);
    assertEquals(-1, claims.claim(0, 0));
    assertEquals(-1, claims.claim(0, 2));
    // returns only if the 5 abandoned chunks were counted with the 1 finished
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> claims.awaitStage(0));
  }
}
