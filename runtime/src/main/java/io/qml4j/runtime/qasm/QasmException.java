package io.qml4j.runtime.qasm;

import java.util.Locale;

/**
 * An OpenQASM program that cannot be read: a syntax error, an unknown gate, a wrong argument count,
 * an undeclared register, an index out of range or an unsupported statement. The message starts
 * with the 1-based line and column of the offending token, as in
 * {@code "line 4, column 1: unknown gate 'foo'"}; {@link #line()}, {@link #column()} and
 * {@link #detail()} give the parts separately for tools that print {@code file:line:column}.
 */
public final class QasmException extends IllegalArgumentException {
  private final int line;
  private final int column;
  private final String detail;

  /** An error at a 1-based line and column, with a message that says what is wrong. */
  public QasmException(int line, int column, String detail) {
    super(String.format(Locale.ROOT, "line %d, column %d: %s", line, column, detail));
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** The 1-based line of the offending token. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending token. */
  public int column() {
    return column;
  }

  /** The message without its position. */
  public String detail() {
    return detail;
  }
}
