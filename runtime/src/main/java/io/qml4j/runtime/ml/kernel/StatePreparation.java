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
}
