package io.qml4j.runtime.ml.optim;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A function to minimise, with or without its gradient. Gradient-based optimisers require
 * {@link #hasGradient()}; derivative-free ones only call {@link #value}.
 */
public interface Objective {
  /** The loss at x. */
  double value(double[] x);

  /** Whether {@link #gradient} is available. */
  default boolean hasGradient() {
    return false;
  }

  /** The gradient at x, one entry per parameter. */
  default double[] gradient(double[] x) {
    throw new UnsupportedOperationException(
        "gradient: this objective has none; use a derivative-free optimiser or Objective.of(f, g)");
  }

  /** An objective without a gradient. */
  static Objective of(ToDoubleFunction<double[]> value) {
    Objects.requireNonNull(value, "value");
    return value::applyAsDouble;
  }

  /** An objective with its gradient. */
  static Objective of(ToDoubleFunction<double[]> value, Function<double[], double[]> gradient) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(gradient, "gradient");
    return new Objective() {
      @Override
      public double value(double[] x) {
        return value.applyAsDouble(x);
      }

      @Override
      public boolean hasGradient() {
        return true;
      }

      @Override
      public double[] gradient(double[] x) {
        return gradient.apply(x);
      }
    };
  }
}
