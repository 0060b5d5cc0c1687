package io.qml4j.runtime.backend;

import java.util.List;
import java.util.Objects;

/**
 * The side of a {@link Job} that a backend outside this package drives: a remote backend creates
 * a handle, gives {@link #job()} to its caller, and reports progress here as its service does.
 * Every transition after the job has ended (done, failed or cancelled) is ignored, so a late
 * poll answer cannot overwrite a cancellation.
 */
public final class JobHandle {
  private final Job job;

  private JobHandle(Job job) {
    this.job = job;
  }

  /**
   * A queued job.
   *
   * @param id the job's identifier, such as the service's job id
   * @param backend the backend's name
   * @param circuits the number of circuits submitted
   * @param onCancel run once when a caller cancels the job (e.g. sends the service's cancel
   *     request); it must not throw
   * @return the handle
   */
  public static JobHandle create(String id, String backend, int circuits, Runnable onCancel) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(onCancel, "onCancel");
    if (circuits < 1) {
      throw new IllegalArgumentException("circuits: expected at least 1, got " + circuits);
    }
    return new JobHandle(new Job(id, backend, circuits, onCancel));
  }

  /** The job callers see. */
  public Job job() {
    return job;
  }

  /** Marks the job running; false if it was cancelled meanwhile. */
  public boolean running() {
    return job.markRunning();
  }

  /** Whether a caller cancelled the job. */
  public boolean cancelled() {
    return job.status() == JobStatus.CANCELLED;
  }

  /** Whether the job has ended. */
  public boolean ended() {
    return job.status().isFinal();
  }

  /**
   * Completes the job.
   *
   * @param counts one per circuit, in submission order
   * @return false if the job had already ended
   * @throws IllegalArgumentException if the number of counts is not the number of circuits
   */
  public boolean complete(List<Counts> counts) {
    if (counts.size() != job.circuits()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "counts: expected %d, one per circuit, got %d", job.circuits(), counts.size()));
    }
    return job.complete(counts);
  }

  /**
   * Fails the job; {@link Job#result()} throws the cause wrapped in a
   * {@link java.util.concurrent.CompletionException}.
   *
   * @param cause why
   * @return false if the job had already ended
   */
  public boolean fail(Throwable cause) {
    return job.fail(Objects.requireNonNull(cause, "cause"));
  }
}
