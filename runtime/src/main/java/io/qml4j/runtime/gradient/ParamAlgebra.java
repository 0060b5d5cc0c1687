package io.qml4j.runtime.gradient;

import io.qml4j.dsl.AngleAlgebra;
import java.util.Locale;

/**
 * {@link AngleAlgebra} over {@link Param}, so that the shared {@link io.qml4j.dsl.Templates} expand
 * with trainable angles exactly as they do with numbers. Sums, constant factors and
 * {@code theta * x} products stay exact; dividing by, or taking the square root or arctangent
 * of, an expression that reads theta or x is outside what Param models and is rejected.
 */
final class ParamAlgebra implements AngleAlgebra<Param> {
  static final ParamAlgebra INSTANCE = new ParamAlgebra();

  private static final double[] NONE = new double[0];

  private ParamAlgebra() {}

  @Override
  public Param constant(double value) {
    return Param.constant(value);
  }

  @Override
  public Param plus(Param a, Param b) {
    return a.plus(b);
  }

  @Override
  public Param minus(Param a, Param b) {
    return a.plus(b.times(-1));
  }

  @Override
  public Param times(Param a, Param b) {
    return a.times(b);
  }

  @Override
  public Param divide(Param a, Param b) {
    return a.times(1 / constantValue("divide", b));
  }

  @Override
  public Param sqrt(Param a) {
    return Param.constant(Math.sqrt(constantValue("sqrt", a)));
  }

  @Override
  public Param atan2(Param y, Param x) {
    return Param.constant(Math.atan2(constantValue("atan2", y), constantValue("atan2", x)));
  }

  private static double constantValue(String operation, Param p) {
    if (!p.isConstant()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: %s of %s, which reads theta or x, is not supported by trainable templates; "
              + "allowed are sums, constant factors and theta[k]*x[j]", operation, p));
    }
    return p.value(NONE, NONE);
  }
}
