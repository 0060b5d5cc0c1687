package io.qml4j.runtime.observable;

import java.util.Locale;

/**
 * Malformed observable text: says at which column (1-based) what was expected and what was found,
 * e.g. {@code Pauli text "Z-1", column 2: expected the wire number of Z (as in Z0), got '-'}.
 */
public final class PauliSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int column;

  PauliSyntaxException(String text, int column, String expected, String found) {
    super(String.format(Locale.ROOT, "Pauli text \"%s\", column %d: expected %s, got %s",
        text, column, expected, found));
    this.text = text;
    this.column = column;
  }

  PauliSyntaxException(String text, int column, String problem) {
    super(String.format(Locale.ROOT, "Pauli text \"%s\", column %d: %s", text, column, problem));
    this.text = text;
    this.column = column;
  }

  /** The text that failed to parse. */
  public String text() {
    return text;
  }

  /** The 1-based column of the offending character (one past the end for a premature end). */
  public int column() {
    return column;
  }
}
