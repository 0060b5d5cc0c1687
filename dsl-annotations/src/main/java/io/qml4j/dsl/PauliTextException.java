package io.qml4j.dsl;

import java.util.Locale;

/**
 * Malformed observable text: says at which column (1-based) what was wrong, e.g.
 * {@code Pauli text "Z-1", column 2: expected the wire number of Z (as in Z0), got '-'}.
 */
public class PauliTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int column;
  private final String problem;

  /**
   * An error at a column.
   *
   * @param text the text that failed to parse
   * @param column the 1-based column of the offending character (one past the end for a premature
   *     end)
   * @param problem what is wrong there
   */
  public PauliTextException(String text, int column, String problem) {
    super(String.format(Locale.ROOT, "Pauli text \"%s\", column %d: %s", text, column, problem));
    this.text = text;
    this.column = column;
    this.problem = problem;
  }

  /** The text that failed to parse. */
  public String text() {
    return text;
  }

  /** The 1-based column of the offending character (one past the end for a premature end). */
  public int column() {
    return column;
  }

  /** What is wrong at {@link #column()}, without the text and column. */
  public String problem() {
    return problem;
  }
}
