package io.qml4j.runtime.qasm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits OpenQASM source into tokens, skipping white space, {@code //} line comments and
 * {@code /* ... *}{@code /} block comments. The Greek letter {@code π} is read as the identifier
 * {@code pi}, as OpenQASM 3 allows.
 */
final class QasmLexer {
  /**
   * Single-character symbols. Besides OpenQASM 2.0's own, the punctuation of OpenQASM 3
   * ({@code : < > ! & | % ~}) is read as a symbol, so that 3.0 syntax in a 2.0 file reaches the
   * parser, which names the construct, instead of failing here on a bare character.
   */
  private static final String SINGLE_SYMBOLS = ";,()[]{}+-*/^=@:<>!&|%~";
  /** The UTF-8 byte-order mark some editors write at the start of a file. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String source;
  private int position;
  private int line = 1;
  private int column = 1;

  private QasmLexer(String source) {
    this.source = source;
    this.position = !source.isEmpty() && source.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
  }

  static List<Token> tokenize(String source) {
    return new QasmLexer(source).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (position >= source.length()) {
        tokens.add(new Token(Token.Kind.END, "", line, column));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int startLine = line, startColumn = column;
    char c = source.charAt(position);
    if (Character.isLetter(c) || c == '_') {
      int start = position;
      while (position < source.length()
          && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
        advance();
      }
      String word = source.substring(start, position);
      return new Token(Token.Kind.IDENTIFIER, word.equals("π") ? "pi" : word, startLine,
          startColumn);
    }
    if (Character.isDigit(c) || (c == '.' && position + 1 < source.length()
        && Character.isDigit(source.charAt(position + 1)))) {
      return number(startLine, startColumn);
    }
    if (c == '"') {
      advance();
      int start = position;
      while (position < source.length() && peek() != '"' && peek() != '\n') {
        advance();
      }
      if (position >= source.length() || peek() != '"') {
        throw new QasmException(startLine, startColumn, "unterminated string");
      }
      String text = source.substring(start, position);
      advance();
      return new Token(Token.Kind.STRING, text, startLine, startColumn);
    }
    if (source.startsWith("->", position) || source.startsWith("==", position)) {
      String text = source.substring(position, position + 2);
      advance();
      advance();
      return new Token(Token.Kind.SYMBOL, text, startLine, startColumn);
    }
    if (SINGLE_SYMBOLS.indexOf(c) >= 0) {
      advance();
      return new Token(Token.Kind.SYMBOL, String.valueOf(c), startLine, startColumn);
    }
    throw new QasmException(startLine, startColumn,
        "unexpected character " + Printable.quote(source.codePointAt(position)));
  }

  /** An integer, or a real such as {@code 1.5}, {@code .5}, {@code 2e-3} or {@code 1.0E-5}. */
  private Token number(int startLine, int startColumn) {
    int start = position;
    boolean real = false;
    digits();
    if (position < source.length() && peek() == '.') {
      real = true;
      advance();
      digits();
    }
    if (position < source.length() && (peek() == 'e' || peek() == 'E')) {
      int save = position, saveColumn = column;
      advance();
      if (position < source.length() && (peek() == '+' || peek() == '-')) {
        advance();
      }
      if (position < source.length() && Character.isDigit(peek())) {
        real = true;
        digits();
      } else {
        position = save;
        column = saveColumn;
      }
    }
    return new Token(real ? Token.Kind.REAL : Token.Kind.INTEGER,
        source.substring(start, position), startLine, startColumn);
  }

  private void digits() {
    while (position < source.length() && Character.isDigit(peek())) {
      advance();
    }
  }

  private void skipSpaceAndComments() {
    while (position < source.length()) {
      char c = peek();
      if (Character.isWhitespace(c)) {
        advance();
      } else if (source.startsWith("//", position)) {
        while (position < source.length() && peek() != '\n') {
          advance();
        }
      } else if (source.startsWith("/*", position)) {
        int startLine = line, startColumn = column;
        int end = source.indexOf("*/", position + 2);
        if (end < 0) {
          throw new QasmException(startLine, startColumn, "unterminated block comment");
        }
        while (position < end + 2) {
          advance();
        }
      } else {
        return;
      }
    }
  }

  private char peek() {
    return source.charAt(position);
  }

  private void advance() {
    if (source.charAt(position) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    position++;
  }
}
