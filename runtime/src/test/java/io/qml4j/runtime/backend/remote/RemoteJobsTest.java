package io.qml4j.runtime.backend.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.backend.Counts;
import io.qml4j.runtime.backend.Job;
import io.qml4j.runtime.backend.JobStatus;
import io.qml4j.runtime.backend.JobTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The remote job loop without HTTP: queue timeout, a caller's timeout, probabilities. */
class RemoteJobsTest {
  /** A submission that stays queued for ever, counting its cancel requests. */
  private static final class ForeverQueued implements RemoteRun {
    final AtomicInteger cancels = new AtomicInteger();

    @Override public void submit() {}

    @Override public JobStatus poll() {
      return JobStatus.QUEUED;
    }

    @Override public List<Counts> results() {
      throw new AssertionError("never done");
    }

    @Override public void cancel() {
      cancels.incrementAndGet();
    }
  }

  @Test
  void aJobQueuedTooLongIsCancelledOnTheServiceAndFailsClearly() {
    ForeverQueued run = new ForeverQueued();
    Job job = RemoteJobs.start("test-device", 1, run,
        new PollSettings(Duration.ofMillis(2), Duration.ofMillis(30)));
    CompletionException e = assertThrows(CompletionException.class,
        () -> job.result(Duration.ofSeconds(10)));
    RemoteBackendException cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.QUEUE_TIMEOUT, cause.reason());
    assertTrue(cause.getMessage().contains("waited in the queue longer than PT0.03S"),
        cause.getMessage());
    assertEquals(1, run.cancels.get());
    assertEquals(JobStatus.FAILED, job.status());
  }

  @Test
  void aCallersTimeoutLeavesTheJobRunning() {
    ForeverQueued run = new ForeverQueued();
    Job job = RemoteJobs.start("test-device", 1, run,
        new PollSettings(Duration.ofMillis(2), Duration.ofHours(1)));
    JobTimeoutException e = assertThrows(JobTimeoutException.class,
        () -> job.result(Duration.ofMillis(20)));
    assertTrue(e.getMessage().contains("no result after PT0.02S"), e.getMessage());
    assertEquals(JobStatus.QUEUED, job.status());
    assertTrue(job.cancel());
  }

  @Test
  void probabilitiesBecomeCountsThatAddUpToTheShots() {
    Counts c = RemoteCounts.fromProbabilities(2, 10,
        Map.of("00", 1.0 / 3, "01", 1.0 / 3, "11", 1.0 / 3));
    assertEquals(10, c.counts().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals("100", RemoteCounts.littleEndianBits(1, 3));
    assertEquals("011", RemoteCounts.littleEndianBits(6, 3));
  }
}
