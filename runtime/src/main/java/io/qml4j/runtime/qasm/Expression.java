package io.qml4j.runtime.qasm;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A parsed gate-parameter expression: numbers, {@code pi}, the parameters of an enclosing gate
 * definition, {@code + - * / ^}, unary minus and the functions of OpenQASM 2.0. Kept as a tree so
 * that a gate definition's body is evaluated afresh for each call's parameter values.
 */
sealed interface Expression {
  /** Evaluates with the given parameter values (empty outside gate definitions). */
  double evaluate(Map<String, Double> parameters);

  record Number(double value) implements Expression {
    @Override
    public double evaluate(Map<String, Double> parameters) {
      return value;
    }
  }

  /** A parameter of a gate definition; the parser has checked that it is declared. */
  record Parameter(String name) implements Expression {
    @Override
    public double evaluate(Map<String, Double> parameters) {
      return parameters.get(name);
    }
  }

  record Negation(Expression operand) implements Expression {
    @Override
    public double evaluate(Map<String, Double> parameters) {
      return -operand.evaluate(parameters);
    }
  }

  record Binary(char operator, Expression left, Expression right) implements Expression {
    @Override
    public double evaluate(Map<String, Double> parameters) {
      double a = left.evaluate(parameters), b = right.evaluate(parameters);
      switch (operator) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return a / b;
        case '^': return Math.pow(a, b);
        default: throw new AssertionError("operator " + operator);
      }
    }
  }

  record Call(String function, DoubleUnaryOperator body, Expression argument)
      implements Expression {
    /** The functions OpenQASM 2.0 defines, by name. */
    static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.of(
        "sin", Math::sin, "cos", Math::cos, "tan", Math::tan,
        "exp", Math::exp, "ln", Math::log, "sqrt", Math::sqrt);

    @Override
    public double evaluate(Map<String, Double> parameters) {
      return body.applyAsDouble(argument.evaluate(parameters));
    }
  }
}
