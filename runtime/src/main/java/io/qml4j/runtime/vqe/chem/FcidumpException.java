package io.qml4j.runtime.vqe.chem;

/**
 * A malformed FCIDUMP file. The message names the source, the line and the field at fault and
 * what was expected there, e.g. {@code h2.fcidump:9: field 3 (index k): expected an integer in
 * 0..2, got '7'}.
 */
public final class FcidumpException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;

  FcidumpException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.line = line;
  }

  /** The 1-based line at fault (0 when the fault is the file as a whole, such as a missing key). */
  public int line() {
    return line;
  }
}
