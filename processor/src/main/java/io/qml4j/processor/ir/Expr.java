package io.qml4j.processor.ir;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An angle expression: a small immutable tree over constants, trainable parameters
 * {@code theta[k]}, inputs {@code x[j]}, the four arithmetic operators, negation and a few
 * {@code Math} functions. Built through the static factories, which fold constants on
 * construction so that a fully constant angle is always a {@link Constant}.
 *
 * <p>Folding never reassociates: {@code theta[0] * 2 * 3} stays {@code (theta[0] * 2) * 3}, so the
 * generated code computes every angle with the same floating-point operations, in the same order,
 * as the model method run by the runtime builder, and the two agree bit for bit.
 */
public sealed interface Expr permits Expr.Constant, Expr.Symbol, Expr.Negate, Expr.Binary,
    Expr.Call {

  /** The value of this expression for given inputs and parameters. */
  double evaluate(double[] x, double[] theta);

  /** Java source of this expression reading arrays named {@code xName} and {@code thetaName}. */
  default String toJava(String xName, String thetaName) {
    return ExprPrinter.print(this, xName, thetaName);
  }

  /** Adds every symbol this expression reads to {@code out}. */
  void collectSymbols(Set<Symbol> out);

  /** The partial derivative with respect to a symbol, simplified by the same folding rules. */
  Expr derivative(Symbol symbol);

  /** Whether this is a constant. */
  default boolean isConstant() {
    return this instanceof Constant;
  }

  /** A number. */
  record Constant(double value) implements Expr {
    @Override public double evaluate(double[] x, double[] theta) { return value; }
    @Override public void collectSymbols(Set<Symbol> out) {}
    @Override public Expr derivative(Symbol symbol) { return ZERO; }
    @Override public String toString() { return toJava("x", "theta"); }
  }

  /** What a symbol reads. */
  enum Source { THETA, INPUT }

  /** {@code theta[index]} or {@code x[index]}. */
  record Symbol(Source source, int index) implements Expr {
    @Override public double evaluate(double[] x, double[] theta) {
      return source == Source.THETA ? theta[index] : x[index];
    }
    @Override public void collectSymbols(Set<Symbol> out) { out.add(this); }
    @Override public Expr derivative(Symbol symbol) { return equals(symbol) ? ONE : ZERO; }
    @Override public String toString() {
      return (source == Source.THETA ? "theta[" : "x[") + index + "]";
    }
  }

  /** {@code -operand}. */
  record Negate(Expr operand) implements Expr {
    @Override public double evaluate(double[] x, double[] theta) {
      return -operand.evaluate(x, theta);
    }
    @Override public void collectSymbols(Set<Symbol> out) { operand.collectSymbols(out); }
    @Override public Expr derivative(Symbol symbol) { return negate(operand.derivative(symbol)); }
    @Override public String toString() { return toJava("x", "theta"); }
  }

  /** The four arithmetic operators, with Java's precedence. */
  enum Operator {
    PLUS("+", 1), MINUS("-", 1), TIMES("*", 2), DIVIDE("/", 2);

    final String symbol;
    final int precedence;

    Operator(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    double apply(double a, double b) {
      switch (this) {
        case PLUS: return a + b;
        case MINUS: return a - b;
        case TIMES: return a * b;
        default: return a / b;
      }
    }
  }

  /** {@code left op right}. */
  record Binary(Operator operator, Expr left, Expr right) implements Expr {
    @Override public double evaluate(double[] x, double[] theta) {
      return operator.apply(left.evaluate(x, theta), right.evaluate(x, theta));
    }
    @Override public void collectSymbols(Set<Symbol> out) {
      left.collectSymbols(out);
      right.collectSymbols(out);
    }
    @Override public Expr derivative(Symbol symbol) {
      Expr dl = left.derivative(symbol), dr = right.derivative(symbol);
      switch (operator) {
        case PLUS: return ExprSimplifier.plus(dl, dr);
        case MINUS: return ExprSimplifier.minus(dl, dr);
        case TIMES:
          return ExprSimplifier.plus(ExprSimplifier.times(dl, right),
              ExprSimplifier.times(left, dr));
        default: // (l/r)' = l'/r - l r' / r^2
          return ExprSimplifier.minus(ExprSimplifier.divide(dl, right),
              ExprSimplifier.divide(ExprSimplifier.times(left, dr), times(right, right)));
      }
    }
    @Override public String toString() { return toJava("x", "theta"); }
  }

  /** The {@code Math} functions an angle may use. */
  enum Function {
    SIN("sin", 1), COS("cos", 1), TAN("tan", 1), ASIN("asin", 1), ACOS("acos", 1),
    ATAN("atan", 1), SINH("sinh", 1), COSH("cosh", 1), TANH("tanh", 1), EXP("exp", 1),
    LOG("log", 1), SQRT("sqrt", 1), ABS("abs", 1), SIGNUM("signum", 1), ATAN2("atan2", 2),
    POW("pow", 2);

    final String javaName;
    final int arity;

    Function(String javaName, int arity) {
      this.javaName = javaName;
      this.arity = arity;
    }

    /** The function named like {@code Math.name} with that many arguments, or null. */
    public static Function forName(String name, int arity) {
      for (Function f : values()) {
        if (f.javaName.equals(name) && f.arity == arity) {
          return f;
        }
      }
      return null;
    }

    /** Number of arguments. */
    public int arity() {
      return arity;
    }

    double apply(double[] a) {
      switch (this) {
        case SIN: return Math.sin(a[0]);
        case COS: return Math.cos(a[0]);
        case TAN: return Math.tan(a[0]);
        case ASIN: return Math.asin(a[0]);
        case ACOS: return Math.acos(a[0]);
        case ATAN: return Math.atan(a[0]);
        case SINH: return Math.sinh(a[0]);
        case COSH: return Math.cosh(a[0]);
        case TANH: return Math.tanh(a[0]);
        case EXP: return Math.exp(a[0]);
        case LOG: return Math.log(a[0]);
        case SQRT: return Math.sqrt(a[0]);
        case ABS: return Math.abs(a[0]);
        case SIGNUM: return Math.signum(a[0]);
        case ATAN2: return Math.atan2(a[0], a[1]);
        default: return Math.pow(a[0], a[1]);
      }
    }
  }

  /** {@code Math.function(args...)}. */
  record Call(Function function, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
    @Override public double evaluate(double[] x, double[] theta) {
      double[] a = new double[args.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = args.get(i).evaluate(x, theta);
      }
      return function.apply(a);
    }
    @Override public void collectSymbols(Set<Symbol> out) {
      args.forEach(a -> a.collectSymbols(out));
    }
    @Override public Expr derivative(Symbol symbol) {
      return Derivatives.of(this, symbol);
    }
    @Override public String toString() { return toJava("x", "theta"); }
  }

  /** The constant 0. */
  Constant ZERO = new Constant(0);
  /** The constant 1. */
  Constant ONE = new Constant(1);

  /** A constant. */
  static Expr constant(double value) {
    return new Constant(value);
  }

  /** {@code theta[k]}. */
  static Symbol theta(int k) {
    return new Symbol(Source.THETA, k);
  }

  /** {@code x[j]}. */
  static Symbol input(int j) {
    return new Symbol(Source.INPUT, j);
  }

  /** {@code a + b}, folded. */
  static Expr plus(Expr a, Expr b) {
    return binary(Operator.PLUS, a, b);
  }

  /** {@code a - b}, folded. */
  static Expr minus(Expr a, Expr b) {
    return binary(Operator.MINUS, a, b);
  }

  /** {@code a * b}, folded. */
  static Expr times(Expr a, Expr b) {
    return binary(Operator.TIMES, a, b);
  }

  /** {@code a / b}, folded. */
  static Expr divide(Expr a, Expr b) {
    return binary(Operator.DIVIDE, a, b);
  }

  /** {@code -a}, folded. */
  static Expr negate(Expr a) {
    if (a instanceof Constant) {
      return new Constant(-((Constant) a).value());
    }
    if (a instanceof Negate) {
      return ((Negate) a).operand();
    }
    return new Negate(a);
  }

  /** {@code Math.function(args)}, folded when every argument is constant. */
  static Expr call(Function function, List<Expr> args) {
    if (args.size() != function.arity) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "args: Math.%s takes %d argument(s), got %d", function.javaName, function.arity,
          args.size()));
    }
    if (args.stream().allMatch(Expr::isConstant)) {
      double[] a = new double[args.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = ((Constant) args.get(i)).value();
      }
      return new Constant(function.apply(a));
    }
    return new Call(function, args);
  }

  /**
   * Folds only where the result is exactly what Java computes for the unfolded form, for every
   * value of the other operand, the sign of zero and NaN included: both sides constant, or an
   * identity element. {@code a - 0.0}, {@code a + -0.0}, {@code -0.0 + a}, {@code a * 1} and
   * {@code a / 1} are {@code a}, and {@code -0.0 - a} is {@code -a}; but {@code a + 0.0} is
   * {@code +0.0} for {@code a = -0.0}, and {@code a * 0} is {@code -0.0} for negative a and NaN for
   * an infinite one, so those stay as written.
   */
  private static Expr binary(Operator op, Expr a, Expr b) {
    if (a instanceof Constant && b instanceof Constant) {
      return new Constant(op.apply(((Constant) a).value(), ((Constant) b).value()));
    }
    if (op == Operator.MINUS && isExactly(b, 0.0) || op == Operator.PLUS && isExactly(b, -0.0)) {
      return a;
    }
    if (op == Operator.PLUS && isExactly(a, -0.0)) {
      return b;
    }
    if (op == Operator.MINUS && isExactly(a, -0.0)) {
      return negate(b);
    }
    if ((op == Operator.TIMES || op == Operator.DIVIDE) && isExactly(b, 1)) {
      return a;
    }
    if (op == Operator.TIMES && isExactly(a, 1)) {
      return b;
    }
    return new Binary(op, a, b);
  }

  /** Whether e is the constant v, bit for bit (so 0.0 and -0.0 differ). */
  private static boolean isExactly(Expr e, double v) {
    return e instanceof Constant && Double.doubleToRawLongBits(((Constant) e).value())
        == Double.doubleToRawLongBits(v);
  }
}
