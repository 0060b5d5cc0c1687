package io.qml4j.processor.eval;

/**
 * Stops evaluating one annotated method after an error that leaves its state undefined (a loop
 * bound that is not constant, an unsupported statement). The error is already recorded; the
 * processor goes on with the model's other methods. Carries no stack trace: it is control flow.
 */
final class Abort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Abort() {
    super(null, null, false, false);
  }
}
