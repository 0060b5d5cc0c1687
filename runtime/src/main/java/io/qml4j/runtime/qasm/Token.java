package io.qml4j.runtime.qasm;

/** One lexical token of an OpenQASM source, with its 1-based position. */
record Token(Kind kind, String text, int line, int column) {
  enum Kind {
    IDENTIFIER,
    INTEGER,
    REAL,
    STRING,
    /** Punctuation and operators: {@code ; , ( ) [ ] { } + - * / ^ -> == = @}. */
    SYMBOL,
    END
  }

  boolean is(String symbolOrWord) {
    return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbolOrWord);
  }

  /** How the token reads in an error message. */
  String describe() {
    switch (kind) {
      case END: return "end of input";
      case STRING: return "\"" + Printable.escape(text) + "\"";
      default: return "'" + Printable.escape(text) + "'";
    }
  }
}
