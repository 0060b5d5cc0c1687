package io.qml4j.runtime.backend.remote;

/**
 * A remote quantum service refused, failed or could not be understood. The message names the
 * service, the request (method and path, never a header) and what to do; it never holds a
 * credential, and text from the service is shown only after every known secret is replaced.
 */
public final class RemoteBackendException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that react differently (e.g. re-authenticate, wait longer). */
  public enum Reason {
    /** The service did not accept the credentials (HTTP 401). */
    UNAUTHORIZED,
    /** The credentials are valid but lack a permission (HTTP 403). */
    FORBIDDEN,
    /** Still rate-limited (HTTP 429) after every retry. */
    RATE_LIMITED,
    /** The service failed (HTTP 5xx) after every retry. */
    SERVER_ERROR,
    /** The service rejected the request or circuit (HTTP 400, 409, 413, 422). */
    REJECTED,
    /** The device or job does not exist (HTTP 404). */
    NOT_FOUND,
    /** A response was not the JSON the service documents. */
    MALFORMED_RESPONSE,
    /** The service could not be reached after every retry. */
    UNREACHABLE,
    /** The job ran and failed on the service. */
    JOB_FAILED,
    /** The job was cancelled on the service, not by this client. */
    JOB_CANCELLED,
    /** The job waited in the service's queue longer than allowed and was cancelled. */
    QUEUE_TIMEOUT
  }

  private final Reason reason;
  private final int httpStatus;

  /**
   * An error.
   *
   * @param reason what went wrong
   * @param httpStatus the HTTP status, or 0 if none
   * @param message the redacted message
   */
  public RemoteBackendException(Reason reason, int httpStatus, String message) {
    super(message);
    this.reason = reason;
    this.httpStatus = httpStatus;
  }

  /** What went wrong. */
  public Reason reason() {
    return reason;
  }

  /** The HTTP status of the failing response, or 0. */
  public int httpStatus() {
    return httpStatus;
  }
}
