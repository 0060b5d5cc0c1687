package io.qml4j.runtime.ml.optim;

/**
 * An optimiser that moves along gradients. Besides minimising a deterministic
 * {@link Objective}, it hands out its update rule, so that {@link MiniBatchTraining} can drive it
 * with stochastic mini-batch gradients.
 */
public interface GradientOptimizer extends Optimizer {
  /** The shared settings: step budget, seed, callback, early stopping, gradient tolerance. */
  OptimizerOptions options();

  /** A fresh update rule with its own state (such as Adam's moments) for one run. */
  Updater updater(int dimension);

  /** One optimiser's update rule, stateful across the steps of one run. */
  @FunctionalInterface
  interface Updater {
    /** Moves {@code x} in place given the gradient at x. */
    void update(double[] x, double[] gradient);
  }
}
