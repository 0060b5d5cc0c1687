package io.qml4j.runtime.backend;

/** A job did not finish within the time a caller waited for it; the job itself goes on. */
public final class JobTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error naming the job and the wait.
   *
   * @param message the job and how long was waited
   */
  public JobTimeoutException(String message) {
    super(message);
  }
}
