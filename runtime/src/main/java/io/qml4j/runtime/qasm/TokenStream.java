package io.qml4j.runtime.qasm;

import java.util.List;

/** A cursor over the tokens of one program, with the checks every reader needs. */
final class TokenStream {
  private final List<Token> tokens;
  private int next;

  TokenStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The next token, not consumed. */
  Token peek() {
    return tokens.get(next);
  }

  /** Consumes and returns the next token; at the end, keeps returning the end token. */
  Token take() {
    Token t = tokens.get(next);
    if (t.kind() != Token.Kind.END) {
      next++;
    }
    return t;
  }

  /** Consumes a token already checked with {@link #peek()}. */
  void skip() {
    take();
  }

  /** Consumes the given symbol or keyword, or fails naming what was found instead. */
  void expect(String symbol) {
    Token t = peek();
    if (!t.is(symbol)) {
      throw error(t, "expected '" + symbol + "', got " + t.describe());
    }
    next++;
  }

  /** Consumes an identifier, or fails saying {@code what} was expected. */
  Token identifier(String what) {
    Token t = take();
    if (t.kind() != Token.Kind.IDENTIFIER) {
      throw error(t, "expected " + what + ", got " + t.describe());
    }
    return t;
  }

  /** An error located at a token. */
  static QasmException error(Token at, String message) {
    return new QasmException(at.line(), at.column(), message);
  }
}
