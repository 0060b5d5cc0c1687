package io.qml4j.dsl;

/**
 * Arithmetic over angle values of type {@code A}. Templates are written once against this
 * interface: the runtime instantiates them with plain numbers ({@link #DOUBLES}), the processor
 * with symbolic expressions of {@code theta} and {@code x}, so both expand a template to the same
 * gates.
 *
 * @param <A> the angle type
 */
public interface AngleAlgebra<A> {
  /** A constant. */
  A constant(double value);

  /** {@code a + b}. */
  A plus(A a, A b);

  /** {@code a - b}. */
  A minus(A a, A b);

  /** {@code a * b}. */
  A times(A a, A b);

  /** {@code a / b}. */
  A divide(A a, A b);

  /** {@code sqrt(a)}. */
  A sqrt(A a);

  /** {@code atan2(y, x)}. */
  A atan2(A y, A x);

  /** The algebra of plain doubles. */
  AngleAlgebra<Double> DOUBLES = new AngleAlgebra<>() {
    @Override public Double constant(double value) { return value; }
    @Override public Double plus(Double a, Double b) { return a + b; }
    @Override public Double minus(Double a, Double b) { return a - b; }
    @Override public Double times(Double a, Double b) { return a * b; }
    @Override public Double divide(Double a, Double b) { return a / b; }
    @Override public Double sqrt(Double a) { return Math.sqrt(a); }
    @Override public Double atan2(Double y, Double x) { return Math.atan2(y, x); }
  };
}
