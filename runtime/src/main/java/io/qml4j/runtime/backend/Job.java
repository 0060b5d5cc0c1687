package io.qml4j.runtime.backend;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A submitted batch of circuits, running asynchronously: its {@link #status()}, {@link #cancel()},
 * a blocking {@link #result(Duration)} with a timeout, and the {@link #future()} to compose with.
 * A local job runs its circuits one after another and checks for cancellation between them.
 */
public final class Job {
  private static final AtomicLong IDS = new AtomicLong();

  private final String id;
  private final String backend;
  private final int circuits;
  private final AtomicReference<JobStatus> status = new AtomicReference<>(JobStatus.QUEUED);
  private final CompletableFuture<JobResult> future = new CompletableFuture<>();
  /** Run after a successful {@link #cancel()}: a remote job asks its service to cancel. */
  private final Runnable onCancel;

  private Job(String backend, int circuits) {
    this(backend + "-" + IDS.incrementAndGet(), backend, circuits, () -> { });
  }

  Job(String id, String backend, int circuits, Runnable onCancel) {
    this.id = id;
    this.backend = backend;
    this.circuits = circuits;
    this.onCancel = onCancel;
  }

  /** Moves a queued job to running; false if it was cancelled meanwhile. */
  boolean markRunning() {
    return status.compareAndSet(JobStatus.QUEUED, JobStatus.RUNNING)
        || status.get() == JobStatus.RUNNING;
  }

  /** Completes the job with its results unless it already ended. */
  boolean complete(List<Counts> results) {
    while (true) {
      JobStatus now = status.get();
      if (now.isFinal()) {
        return false;
      }
      if (status.compareAndSet(now, JobStatus.DONE)) {
        return future.complete(new JobResult(backend, results));
      }
    }
  }

  /** Fails the job with the cause unless it already ended. */
  boolean fail(Throwable cause) {
    while (true) {
      JobStatus now = status.get();
      if (now.isFinal()) {
        return false;
      }
      if (status.compareAndSet(now, JobStatus.FAILED)) {
        return future.completeExceptionally(cause);
      }
    }
  }

  /** The number of circuits in the job. */
  public int circuits() {
    return circuits;
  }

  /**
   * Starts a job that computes circuit i's counts with {@code work.apply(i)} on the executor.
   *
   * @param backend the backend's name
   * @param circuits the number of circuits
   * @param work the counts of each circuit
   * @param executor where the job runs
   * @return the started job
   */
  static Job start(String backend, int circuits, IntFunction<Counts> work, Executor executor) {
    Job job = new Job(backend, circuits);
    executor.execute(() -> job.run(work));
    return job;
  }

  private void run(IntFunction<Counts> work) {
    if (!status.compareAndSet(JobStatus.QUEUED, JobStatus.RUNNING)) {
      return; // cancelled while queued
    }
    try {
      Counts[] results = new Counts[circuits];
      for (int i = 0; i < circuits; i++) {
        if (status.get() == JobStatus.CANCELLED) {
          return;
        }
        results[i] = work.apply(i);
      }
      if (status.compareAndSet(JobStatus.RUNNING, JobStatus.DONE)) {
        future.complete(new JobResult(backend, List.of(results)));
      }
    } catch (RuntimeException | Error e) {
      if (status.compareAndSet(JobStatus.RUNNING, JobStatus.FAILED)) {
        future.completeExceptionally(e);
      }
    }
  }

  /** The job's identifier, unique in this JVM. */
  public String id() {
    return id;
  }

  /** The current status. */
  public JobStatus status() {
    return status.get();
  }

  /**
   * Cancels the job unless it has finished; circuits already running complete, no later one
   * starts. A remote job also asks its service to cancel (in the background; a failure to reach
   * the service is logged, and the job counts as cancelled here either way).
   *
   * @return whether this call cancelled it
   */
  public boolean cancel() {
    while (true) {
      JobStatus now = status.get();
      if (now.isFinal()) {
        return false;
      }
      if (status.compareAndSet(now, JobStatus.CANCELLED)) {
        future.cancel(false);
        onCancel.run();
        return true;
      }
    }
  }

  /** The result as a future: completed with the results, exceptionally, or cancelled. */
  public CompletableFuture<JobResult> future() {
    return future.thenApply(r -> r);
  }

  /**
   * Waits for the result without a limit.
   *
   * @return the results
   * @throws CancellationException if the job was cancelled
   * @throws CompletionException wrapping the cause if it failed
   */
  public JobResult result() {
    return future.join();
  }

  /**
   * Waits at most {@code timeout} for the result.
   *
   * @param timeout how long to wait
   * @return the results
   * @throws JobTimeoutException if the job has not finished in time (it goes on running)
   * @throws CancellationException if the job was cancelled
   * @throws CompletionException wrapping the cause if it failed
   */
  public JobResult result(Duration timeout) {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new JobTimeoutException(String.format(Locale.ROOT,
          "job %s: no result after %s (status %s)", id, timeout, status.get()));
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  @Override
  public String toString() {
    return "Job(" + id + ", " + circuits + " circuit(s), " + status.get() + ")";
  }
}
