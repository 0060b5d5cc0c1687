package io.qml4j.processor.ir;

/**
 * One problem found in a model: errors are data, collected by every phase and printed together by
 * the processor, so that a build shows all of a model's problems at once.
 *
 * @param error true for an error, false for a warning
 * @param code the stable code
 * @param message what is wrong, then what is allowed (without the code prefix)
 * @param site where to point
 */
public record Diagnostic(boolean error, Code code, String message, Site site) {
  /** An error. */
  public static Diagnostic error(Code code, Site site, String message) {
    return new Diagnostic(true, code, message, site);
  }

  /** A warning. */
  public static Diagnostic warning(Code code, Site site, String message) {
    return new Diagnostic(false, code, message, site);
  }

  /** The message as printed: {@code [code] message}. */
  public String formatted() {
    return "[" + code.id() + "] " + message;
  }
}
