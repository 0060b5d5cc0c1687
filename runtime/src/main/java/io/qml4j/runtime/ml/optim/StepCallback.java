package io.qml4j.runtime.ml.optim;

/** Receives every step of an optimisation, for logging or plotting; called on the caller's thread. */
@FunctionalInterface
public interface StepCallback {
  /** Does nothing. */
  StepCallback NONE = step -> { };

  /** Called once per step, in order. */
  void onStep(Step step);
}
