package io.qml4j.runtime.backend.remote;

import io.qml4j.runtime.backend.Job;
import io.qml4j.runtime.backend.JobHandle;
import io.qml4j.runtime.backend.JobStatus;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link RemoteRun} as a {@link Job}: submits it on a background thread, polls its status
 * every {@link PollSettings#interval()}, completes the job with the results, and fails it with
 * the {@link RemoteBackendException} of a failed request or job. Cancelling the job sends the
 * service's cancel request; a job still queued after {@link PollSettings#queueTimeout()} is
 * cancelled on the service and fails with {@link RemoteBackendException.Reason#QUEUE_TIMEOUT}.
 */
public final class RemoteJobs {
  private static final System.Logger LOG = System.getLogger(RemoteJobs.class.getName());
  private static final AtomicLong IDS = new AtomicLong();
  /** Daemon threads: a job still polling never keeps a JVM up. */
  private static final ScheduledExecutorService POLLER = Executors.newScheduledThreadPool(4, r -> {
    Thread t = new Thread(r, "qml4j-remote");
    t.setDaemon(true);
    return t;
  });

  private RemoteJobs() {}

  /**
   * Starts the job.
   *
   * @param backend the backend's name
   * @param circuits the number of circuits
   * @param run the submission
   * @param poll how to watch it
   * @return the job, queued
   */
  public static Job start(String backend, int circuits, RemoteRun run, PollSettings poll) {
    JobHandle handle = JobHandle.create(backend + "-" + IDS.incrementAndGet(), backend, circuits,
        () -> POLLER.execute(() -> cancelQuietly(backend, run)));
    POLLER.execute(() -> {
      try {
        run.submit();
      } catch (RuntimeException e) {
        handle.fail(e);
        return;
      }
      if (handle.cancelled()) {
        cancelQuietly(backend, run); // cancelled while the submission was on its way
        return;
      }
      long submitted = System.nanoTime();
      AtomicReference<Runnable> step = new AtomicReference<>();
      step.set(() -> {
        if (handle.ended()) {
          return;
        }
        try {
          JobStatus status = run.poll();
          if (status == JobStatus.DONE) {
            handle.complete(run.results());
            return;
          }
          if (status == JobStatus.RUNNING) {
            handle.running();
          } else if (System.nanoTime() - submitted > poll.queueTimeout().toNanos()) {
            cancelQuietly(backend, run);
            handle.fail(new RemoteBackendException(RemoteBackendException.Reason.QUEUE_TIMEOUT,
                0, String.format(Locale.ROOT, "%s: the job waited in the queue longer than %s "
                    + "and was cancelled", backend, poll.queueTimeout())));
            return;
          }
        } catch (RuntimeException e) {
          handle.fail(e);
          return;
        }
        POLLER.schedule(step.get(), poll.interval().toNanos(), TimeUnit.NANOSECONDS);
      });
      step.get().run();
    });
    return handle.job();
  }

  private static void cancelQuietly(String backend, RemoteRun run) {
    try {
      run.cancel();
    } catch (RuntimeException e) {
      // messages of RemoteBackendException are redacted; others carry no request data
      LOG.log(System.Logger.Level.WARNING, () -> backend + ": the cancel request failed: "
          + e.getMessage());
    }
  }
}
