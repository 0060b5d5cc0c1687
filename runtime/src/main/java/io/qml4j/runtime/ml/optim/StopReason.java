package io.qml4j.runtime.ml.optim;

/** Why an optimisation ended. */
public enum StopReason {
  /** The step (or, for derivative-free optimisers, evaluation) budget ran out. */
  MAX_STEPS,
  /** {@link EarlyStopping} saw no improvement for its patience. */
  EARLY_STOPPING,
  /** The gradient norm fell to the gradient tolerance. */
  GRADIENT_TOLERANCE,
  /** A derivative-free optimiser met its own convergence criterion. */
  CONVERGED
}
