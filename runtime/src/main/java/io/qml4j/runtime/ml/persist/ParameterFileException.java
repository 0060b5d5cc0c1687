package io.qml4j.runtime.ml.persist;

import java.io.IOException;

/**
 * A parameter file that cannot be used: not JSON, another format version, another model's
 * parameters, another shape, or a missing or mistyped field. The message names the file and
 * what differs from what was expected.
 */
public final class ParameterFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An error with its message (which names the file). */
  public ParameterFileException(String message) {
    super(message);
  }

  /** An error caused by another, such as a JSON parse error. */
  public ParameterFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
