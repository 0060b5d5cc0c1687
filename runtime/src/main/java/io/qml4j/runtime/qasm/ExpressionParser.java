package io.qml4j.runtime.qasm;

import java.util.Set;

/**
 * Parses gate-parameter expressions into {@link Expression} trees:
 * {@code sum := product (('+'|'-') product)*}, {@code product := unary (('*'|'/') unary)*},
 * {@code unary := '-' unary | '+' unary | power}, {@code power := primary ('^' unary)?}, so
 * {@code -2^2 = -4}, {@code 2^-1 = 0.5} and {@code 2^3^2 = 2^9}, as in ordinary mathematical
 * notation. Identifiers are {@code pi}, the functions of OpenQASM 2.0, and the given parameter
 * names.
 */
final class ExpressionParser {
  private ExpressionParser() {}

  /** Reads one expression; {@code parameters} are the names it may use besides pi. */
  static Expression expression(TokenStream in, Set<String> parameters) {
    Expression left = product(in, parameters);
    while (in.peek().is("+") || in.peek().is("-")) {
      char op = in.take().text().charAt(0);
      left = new Expression.Binary(op, left, product(in, parameters));
    }
    return left;
  }

  private static Expression product(TokenStream in, Set<String> parameters) {
    Expression left = unary(in, parameters);
    while (in.peek().is("*") || in.peek().is("/")) {
      char op = in.take().text().charAt(0);
      left = new Expression.Binary(op, left, unary(in, parameters));
    }
    return left;
  }

  private static Expression unary(TokenStream in, Set<String> parameters) {
    if (in.peek().is("-")) {
      in.skip();
      return new Expression.Negation(unary(in, parameters));
    }
    if (in.peek().is("+")) {
      in.skip();
      return unary(in, parameters);
    }
    Expression base = primary(in, parameters);
    if (in.peek().is("^")) {
      in.skip();
      return new Expression.Binary('^', base, unary(in, parameters));
    }
    return base;
  }

  private static Expression primary(TokenStream in, Set<String> parameters) {
    Token t = in.take();
    switch (t.kind()) {
      case INTEGER:
      case REAL:
        return new Expression.Number(Double.parseDouble(t.text()));
      case IDENTIFIER:
        if (t.text().equals("pi")) {
          return new Expression.Number(Math.PI);
        }
        if (Expression.Call.FUNCTIONS.containsKey(t.text())) {
          in.expect("(");
          Expression argument = expression(in, parameters);
          in.expect(")");
          return new Expression.Call(t.text(), Expression.Call.FUNCTIONS.get(t.text()), argument);
        }
        if (parameters.contains(t.text())) {
          return new Expression.Parameter(t.text());
        }
        throw TokenStream.error(t, "unknown identifier '" + t.text()
            + "' in an expression (expected a number, pi, "
            + (parameters.isEmpty() ? "" : "a gate parameter, ")
            + "or sin, cos, tan, exp, ln, sqrt)");
      default:
        if (t.is("(")) {
          Expression inner = expression(in, parameters);
          in.expect(")");
          return inner;
        }
        throw TokenStream.error(t, "expected a number or an expression, got " + t.describe());
    }
  }
}
