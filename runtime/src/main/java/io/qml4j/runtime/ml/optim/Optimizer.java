package io.qml4j.runtime.ml.optim;

/**
 * Minimises an {@link Objective} from a starting point. Implementations are seeded through their
 * {@link OptimizerOptions}, so the same call gives the same result; they never modify
 * {@code start}.
 */
@FunctionalInterface
public interface Optimizer {
  /**
   * Minimises the objective.
   *
   * @throws IllegalArgumentException if start is empty or not finite, if a gradient-based
   *     optimiser gets an objective without gradient or a gradient of the wrong length, or if the
   *     objective returns NaN
   */
  OptimizationResult minimize(Objective objective, double[] start);
}
