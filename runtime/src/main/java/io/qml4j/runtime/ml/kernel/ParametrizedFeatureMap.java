package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Objects;

/**
 * A feature map with trainable parameters, {@code |phi_theta(x)>}: a generated model's feature map
 * with its ansatz, or a runtime circuit that reads {@code theta}. Thread-safe like
 * {@link StatePreparation}.
 */
@FunctionalInterface
public interface ParametrizedFeatureMap {
  /** The state {@code |phi_theta(x)>}; the caller owns it. */
  StateVector prepare(double[] x, double[] theta);

  /** The feature map with the parameters fixed (copied). */
  default StatePreparation bind(double[] theta) {
    double[] fixed = theta.clone();
    return x -> prepare(x, fixed);
  }

  /** The feature map of a runtime circuit whose angles read {@code theta} and {@code x}. */
  static ParametrizedFeatureMap of(ParametrizedCircuit circuit) {
    Objects.requireNonNull(circuit, "circuit");
    return (x, theta) -> Simulator.run(circuit.bind(theta, x));
  }
}
