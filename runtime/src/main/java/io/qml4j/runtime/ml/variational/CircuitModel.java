package io.qml4j.runtime.ml.variational;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Objects;

/**
 * A runtime-built {@link ParametrizedCircuit} with observables as a {@link DifferentiableModel}:
 * expectations by simulation, Jacobians (with respect to theta and to x) by adjoint
 * differentiation, one forward and one backward sweep for all parameters. Immutable and
 * thread-safe.
 */
public final class CircuitModel implements DifferentiableModel {
  private final ParametrizedCircuit circuit;
  private final List<PauliSum> observables;

  /**
   * The model measuring each observable on the circuit's state.
   *
   * @throws IllegalArgumentException if there is no observable or one acts on a missing wire
   */
  public CircuitModel(ParametrizedCircuit circuit, List<PauliSum> observables) {
    this.circuit = Objects.requireNonNull(circuit, "circuit");
    this.observables = List.copyOf(observables);
    if (this.observables.isEmpty()) {
      throw new IllegalArgumentException("observables: expected at least one, got none");
    }
    for (int i = 0; i < this.observables.size(); i++) {
      if (this.observables.get(i).maxWire() >= circuit.qubits()) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "observables: observable %d acts on wire %d, the circuit has %d qubit(s)",
            i, this.observables.get(i).maxWire(), circuit.qubits()));
      }
    }
  }

  /** The circuit. */
  public ParametrizedCircuit circuit() {
    return circuit;
  }

  /** The observables, one per output. */
  public List<PauliSum> observables() {
    return observables;
  }

  @Override
  public int params() {
    return circuit.thetaCount();
  }

  @Override
  public int inputs() {
    return circuit.inputCount();
  }

  @Override
  public int outputs() {
    return observables.size();
  }

  @Override
  public double[] expectations(double[] x, double[] theta) {
    StateVector state = Simulator.run(circuit.bind(theta, x));
    double[] values = new double[observables.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Expectation.of(state, observables.get(i));
    }
    return values;
  }

  @Override
  public double[][] jacobian(double[] x, double[] theta) {
    return Adjoint.jacobian(circuit, theta, x, observables).theta();
  }

  @Override
  public boolean hasInputJacobian() {
    return true;
  }

  @Override
  public double[][] inputJacobian(double[] x, double[] theta) {
    return Adjoint.jacobian(circuit, theta, x, observables).x();
  }
}
