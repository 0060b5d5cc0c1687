package io.qml4j.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of observable text, used by the runtime's {@code PauliSum.parse} and by the
 * processor for {@code p.parse("...")} in an {@code @Observable} method, so both accept exactly
 * the same texts. A recursive-descent reader. Grammar (spaces allowed between tokens):
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
public final class PauliText {
  private static final String TERM = "a term: a coefficient such as 0.5, or a Pauli letter X, Y, Z "
      + "or I with its wire number such as Z0";
  private static final String AFTER_TERM = "a Pauli letter X, Y, Z or I with its wire number, "
      + "or + or - before the next term";
  private static final String FACTOR = "a Pauli letter X, Y, Z or I with its wire number";

  private final String text;
  private int pos;

  private PauliText(String text) {
    this.text = text;
  }

  /**
   * Parses a weighted sum such as {@code "0.5 Z0 Z1 - 0.2 X0 + 1.1"}, {@code "Z0Z1"},
   * {@code "-X2"}, {@code "1e-3 Y1 Y2"} or {@code "Z0 @ Z1"}.
   *
   * @param text the text
   * @return the sum, like terms combined
   * @throws PauliTextException naming the column and what was expected there
   * @throws IllegalArgumentException when the text is null
   */
  public static PauliPolynomial parseSum(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: expected a Pauli sum such as \"0.5 Z0 Z1\", got null");
    }
    return new PauliText(text).sum();
  }

  /**
   * Parses a product of letters with wire numbers, such as {@code "X0 Z3"}, {@code "Z0Z1"},
   * {@code "Z0 @ Z1"} or {@code "I"}. Letters on the same wire are multiplied; a product with a
   * phase other than 1 (such as {@code "X0 Y0"} = i Z0) is rejected.
   *
   * @param text the text
   * @return the word
   * @throws PauliTextException naming the column and what was expected there
   * @throws IllegalArgumentException when the text is null
   */
  public static PauliWord parseWord(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text: expected a Pauli string such as \"X0 Z3\", got null");
    }
    PauliText p = new PauliText(text);
    p.skipSpaces();
    if (!p.isLetter()) {
      throw p.error(FACTOR);
    }
    int start = p.pos;
    PauliWord.Product product = p.product();
    p.skipSpaces();
    if (!p.atEnd()) {
      throw p.error(FACTOR + ", or @ between letters (a Pauli string has no coefficient or sign)");
    }
    if (product.iPower() != 0) {
      throw p.phaseError(start, product);
    }
    return product.word();
  }

  private PauliPolynomial sum() {
    List<PauliPolynomial.Term> terms = new ArrayList<>();
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
        return PauliPolynomial.of(terms);
      }
      if (peek() != '+' && peek() != '-') {
        throw error(AFTER_TERM);
      }
      sign = next() == '-' ? -1 : 1;
      skipSpaces();
    }
  }

  private PauliPolynomial.Term term(double sign) {
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
        return new PauliPolynomial.Term(sign * coefficient, PauliWord.identity());
      }
      throw error(TERM);
    }
    int productStart = pos;
    PauliWord.Product product = product();
    if (!product.isReal()) {
      throw phaseError(productStart, product);
    }
    return new PauliPolynomial.Term(sign * coefficient * product.sign(), product.word());
  }

  private PauliWord.Product product() {
    PauliWord.Product product = new PauliWord.Product(0, PauliWord.identity());
    while (true) {
      PauliWord factor = factor();
      PauliWord.Product p = product.word().times(factor);
      product = new PauliWord.Product((product.iPower() + p.iPower()) & 3, p.word());
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

  private PauliWord factor() {
    char letter = next();
    if (!isDigit(peek())) {
      if (letter == 'I') {
        return PauliWord.identity();
      }
      throw error("the wire number of " + letter + " (as in " + letter + "0)");
    }
    int start = pos;
    long wire = 0;
    while (isDigit(peek())) {
      wire = wire * 10 + (next() - '0');
      if (wire > Integer.MAX_VALUE) {
        throw new PauliTextException(text, start + 1,
            "the wire number is larger than " + Integer.MAX_VALUE);
      }
    }
    return PauliWord.of(letter, (int) wire);
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
      throw new PauliTextException(text, start + 1,
          "the coefficient " + literal + " is too large for a double");
    }
    return value;
  }

  private PauliTextException phaseError(int start, PauliWord.Product product) {
    String phase = new String[] {"", "i ", "-", "-i "}[product.iPower()];
    return new PauliTextException(text, start + 1, String.format(
        "the product %s equals %s%s, which has an imaginary coefficient; an observable must be "
            + "Hermitian with real weights",
        text.substring(start, pos).trim(), phase, product.word()));
  }

  private PauliTextException error(String expected) {
    String found = atEnd() ? "the end of the text" : "'" + text.charAt(pos) + "'";
    return new PauliTextException(text, pos + 1, "expected " + expected + ", got " + found);
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
