package io.qml4j.samples.cli;

/** Input the command cannot use; its message is printed as one line on standard error. */
final class CliInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliInputException(String message) {
    super(message, null, false, false);
  }
}
