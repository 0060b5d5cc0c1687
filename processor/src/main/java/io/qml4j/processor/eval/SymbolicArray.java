package io.qml4j.processor.eval;

import io.qml4j.processor.ir.Expr;

/**
 * The value of the {@code x} or {@code theta} parameter during evaluation: an array whose elements
 * are symbols, with its declared length (or -1 when the model infers it from the reads).
 */
record SymbolicArray(Expr.Source source, int length, String name) {
  String describe() {
    return source == Expr.Source.THETA ? "trainable parameters" : "inputs";
  }
}
