package io.qml4j.samples.serve;

/**
 * A request the service answers with 400: its message names the field (and row) that is wrong
 * and what was expected, and is sent to the client as it is, so it never quotes more than a
 * short excerpt of what the client sent.
 */
public final class BadRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A bad request described by {@code message}. */
  public BadRequestException(String message) {
    super(message);
  }
}
