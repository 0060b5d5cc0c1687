package io.qml4j.runtime.backend;

/** Where a {@link Job} is. */
public enum JobStatus {
  /** Accepted, not started. */
  QUEUED,
  /** Running. */
  RUNNING,
  /** Finished with results. */
  DONE,
  /** Failed; {@link Job#result()} throws the cause. */
  FAILED,
  /** Cancelled before it finished. */
  CANCELLED;

  /** Whether the job will not change any more. */
  public boolean isFinal() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }
}
