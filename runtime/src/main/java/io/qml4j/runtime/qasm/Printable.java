package io.qml4j.runtime.qasm;

import java.util.Locale;

/**
 * Source text as it may appear in an error message: control and other invisible characters (a
 * NUL byte, an escape sequence, a stray byte-order mark) are written as {@code U+0000}, so a
 * message never carries raw control characters to a terminal or a log.
 */
final class Printable {
  private Printable() {}

  /** {@code text} with every invisible character replaced by its {@code U+XXXX} code. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(visible(c) ? new String(Character.toChars(c))
        : code(c)));
    return out.toString();
  }

  /** One character quoted as {@code 'x'}, or as its code {@code U+0000} if it is invisible. */
  static String quote(int codePoint) {
    return visible(codePoint) ? "'" + new String(Character.toChars(codePoint)) + "'"
        : code(codePoint);
  }

  private static boolean visible(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.UNASSIGNED:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  private static String code(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }
}
