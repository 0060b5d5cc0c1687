package io.qml4j.runtime.observable;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent reader of observable text. Grammar (spaces allowed between tokens):
 *
 * <pre>
 * sum     = [sign] term { sign term }
 * term    = number [join] product | number | product
 * product = factor { [join] factor }
 * factor  = letter wire | "I"
 * sign    = "+" | "-";  join = "@" | "*";  letter = "I" | "X" | "Y" | "Z"
 * </pre>
 *
 * Letters are upper case only, so that a lower-case {@code i} is never silently read as the
 * identity when the writer meant the imaginary unit.
 */
final class PauliParser {
  private static final String TERM = "a term: a coefficient such as 0.5, or a Pauli letter X, Y, Z "
      + "or I with its wire number such as Z0";
  private static final String AFTER_TERM = "a Pauli letter X, Y, Z or I with its wire number, "
      + "or + or - before the next term";
  private static final String FACTOR = "a Pauli letter X, Y, Z or I with its wire number";

  private final String text;
  private int pos;

  private PauliParser(String text) {
    this.text = text;
  }

  static PauliSum parseSum(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: expected a Pauli sum such as \"0.5 Z0 Z1\", got null");
    }
    return new PauliParser(text).sum();
  }

  static PauliString parseString(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: expected a Pauli string such as \"X0 Z3\", got null");
    }
    PauliParser p = new PauliParser(text);
    p.skipSpaces();
    if (!p.isLetter()) {
      throw p.error(FACTOR);
    }
    int start = p.pos;
    PauliString.Product product = p.product();
    p.skipSpaces();
    if (!p.atEnd()) {
      throw p.error(FACTOR + ", or @ between letters (a Pauli string has no coefficient or sign)");
    }
    if (product.iPower() != 0) {
      throw p.phaseError(start, product);
    }
    return product.string();
  }

  private PauliSum sum() {
    List<PauliSum.Term> terms = new ArrayList<>();
    skipSpaces();
    double sign = 1;
    if (peek() == '+' || peek() == '-') {
      sign = next() == '-' ? -1 : 1;
      skipSpaces();
    }
    while (true) {
      terms.add(term(sign));
      skipSpaces();
      if (atEnd()) {
        return PauliSum.of(terms);
      }
      if (peek() != '+' && peek() != '-') {
        throw error(AFTER_TERM);
      }
      sign = next() == '-' ? -1 : 1;
      skipSpaces();
    }
  }

  private PauliSum.Term term(double sign) {
    double coefficient = 1;
    boolean hasNumber = false;
    if (isDigit(peek()) || peek() == '.') {
      coefficient = number();
      hasNumber = true;
      skipSpaces();
      if (peek() == '@' || peek() == '*') {
        next();
        skipSpaces();
        if (!isLetter()) {
          throw error(FACTOR);
        }
      }
    }
    if (!isLetter()) {
      if (hasNumber) {
        return new PauliSum.Term(sign * coefficient, PauliString.identity());
      }
      throw error(TERM);
    }
    int productStart = pos;
    PauliString.Product product = product();
    if (!product.isReal()) {
      throw phaseError(productStart, product);
    }
    return new PauliSum.Term(sign * coefficient * product.sign(), product.string());
  }

  private PauliString.Product product() {
    PauliString.Product product = new PauliString.Product(0, PauliString.identity());
    while (true) {
      PauliString factor = factor();
      PauliString.Product p = product.string().times(factor);
      product = new PauliString.Product((product.iPower() + p.iPower()) & 3, p.string());
      int before = pos;
      skipSpaces();
      if (peek() == '@' || peek() == '*') {
        next();
        skipSpaces();
        if (!isLetter()) {
          throw error(FACTOR + " after the product sign");
        }
      } else if (!isLetter()) {
        pos = before;
        return product;
      }
    }
  }

  private PauliString factor() {
    char letter = next();
    if (!isDigit(peek())) {
      if (letter == 'I') {
        return PauliString.identity();
      }
      throw error("the wire number of " + letter + " (as in " + letter + "0)");
    }
    int start = pos;
    long wire = 0;
    while (isDigit(peek())) {
      wire = wire * 10 + (next() - '0');
      if (wire > Integer.MAX_VALUE) {
        throw new PauliSyntaxException(text, start + 1,
            "the wire number is larger than " + Integer.MAX_VALUE);
      }
    }
    return PauliString.of(letter, (int) wire);
  }

  private double number() {
    int start = pos;
    boolean digits = false;
    while (isDigit(peek())) {
      next();
      digits = true;
    }
    if (peek() == '.') {
      next();
      while (isDigit(peek())) {
        next();
        digits = true;
      }
    }
    if (!digits) {
      throw error("digits in the number");
    }
    if (peek() == 'e' || peek() == 'E') {
      next();
      if (peek() == '+' || peek() == '-') {
        next();
      }
      if (!isDigit(peek())) {
        throw error("the digits of the exponent");
      }
      while (isDigit(peek())) {
        next();
      }
    }
    String literal = text.substring(start, pos);
    double value = Double.parseDouble(literal);
    if (!Double.isFinite(value)) {
      throw new PauliSyntaxException(text, start + 1,
          "the coefficient " + literal + " is too large for a double");
    }
    return value;
  }

  private PauliSyntaxException phaseError(int start, PauliString.Product product) {
    String phase = new String[] {"", "i ", "-", "-i "}[product.iPower()];
    return new PauliSyntaxException(text, start + 1, String.format(
        "the product %s equals %s%s, which has an imaginary coefficient; an observable must be "
            + "Hermitian with real weights",
        text.substring(start, pos).trim(), phase, product.string()));
  }

  private PauliSyntaxException error(String expected) {
    String found = atEnd() ? "the end of the text" : "'" + text.charAt(pos) + "'";
    return new PauliSyntaxException(text, pos + 1, expected, found);
  }

  private boolean isLetter() {
    char c = peek();
    return c == 'X' || c == 'Y' || c == 'Z' || c == 'I';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void skipSpaces() {
    while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  /** The next character, or NUL at the end (never a valid token). */
  private char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  private char next() {
    return text.charAt(pos++);
  }
}
