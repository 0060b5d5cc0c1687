package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.StateVector;

/**
 * A quantum feature map: prepares the state {@code |phi(x)>} of a data point. Generated models
 * implement it with their unrolled feature-map code; runtime circuits through
 * {@link CircuitFeatureMap}. Implementations must be thread-safe (kernel matrices prepare states
 * on several threads), return a new normalised state for every call, and reject a point of the
 * wrong length with an {@link IllegalArgumentException}.
 */
@FunctionalInterface
public interface StatePreparation {
  /** The state {@code |phi(x)>}; the caller owns it. */
  StateVector prepare(double[] x);

  /**
   * The states of many points, element i {@code prepare(xs[i])}: by default each on its own, in
   * parallel; a generated model's batched {@code statesBatch} plugs in through
   * {@link #batched}.
   *
   * @param xs the points, one row each
   * @return one new state per point
   */
  default StateVector[] prepareAll(double[][] xs) {
    return java.util.stream.IntStream.range(0, xs.length).parallel()
        .mapToObj(i -> prepare(xs[i].clone())).toArray(StateVector[]::new);
  }

  /**
   * A feature map whose {@link #prepareAll} is a batched function, such as
   * {@code new FidelityKernel(StatePreparation.batched(ZzKernelModel::state,
   * ZzKernelModel::statesBatch))}: the kernel matrices then prepare all their points in one call,
   * simulated side by side at vector width.
   *
   * @param single prepares one point
   * @param all prepares every row of its argument, one state per row in order
   * @throws NullPointerException if either is null
   */
  static StatePreparation batched(StatePreparation single,
      java.util.function.Function<double[][], StateVector[]> all) {
    java.util.Objects.requireNonNull(single, "single");
    java.util.Objects.requireNonNull(all, "all");
    return new StatePreparation() {
      @Override
      public StateVector prepare(double[] x) {
        return single.prepare(x);
      }

      @Override
      public StateVector[] prepareAll(double[][] xs) {
        StateVector[] states = all.apply(xs);
        if (states.length != xs.length) {
          throw new IllegalStateException("prepareAll: the batch function returned "
              + states.length + " states for " + xs.length + " points");
        }
        return states;
      }
    };
  }
}
