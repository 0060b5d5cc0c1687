package io.qml4j.processor.ir;

import io.qml4j.dsl.AngleAlgebra;
import java.util.List;

/**
 * The symbolic {@link AngleAlgebra}: instantiating the shared {@link io.qml4j.dsl.Templates} with
 * it expands a template into gates whose angles are {@link Expr}s, exactly as the runtime builder
 * expands it into numbers.
 */
public final class ExprAlgebra implements AngleAlgebra<Expr> {
  /** The one instance; stateless. */
  public static final ExprAlgebra INSTANCE = new ExprAlgebra();

  private ExprAlgebra() {}

  @Override public Expr constant(double value) { return Expr.constant(value); }
  @Override public Expr plus(Expr a, Expr b) { return Expr.plus(a, b); }
  @Override public Expr minus(Expr a, Expr b) { return Expr.minus(a, b); }
  @Override public Expr times(Expr a, Expr b) { return Expr.times(a, b); }
  @Override public Expr divide(Expr a, Expr b) { return Expr.divide(a, b); }
  @Override public Expr sqrt(Expr a) { return Expr.call(Expr.Function.SQRT, List.of(a)); }
  @Override public Expr atan2(Expr y, Expr x) { return Expr.call(Expr.Function.ATAN2, List.of(y, x)); }
}
