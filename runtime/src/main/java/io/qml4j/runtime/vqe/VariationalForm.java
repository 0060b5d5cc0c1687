package io.qml4j.runtime.vqe;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameterised state preparation {@code theta -> |psi(theta)>}: the ansatz of a variational
 * algorithm. Implementations are immutable and thread-safe, and reject a {@code theta} of the wrong
 * length or with non-finite entries with an {@link IllegalArgumentException}.
 */
public interface VariationalForm {
  /** Number of qubits of the prepared state. */
  int qubits();

  /** Number of parameters, the length of {@code theta}. */
  int parameters();

  /** The bound circuit that prepares {@code |psi(theta)>} from {@code |0...0>}. */
  Circuit circuit(double[] theta);

  /** The prepared state {@code |psi(theta)>}, simulated exactly. */
  default StateVector state(double[] theta) {
    return Simulator.run(circuit(theta));
  }

  /**
   * The circuit as a template of theta, when the form has one: it gives exact gradients by adjoint
   * differentiation ({@link io.qml4j.runtime.gradient.Adjoint}), which {@link Vqe} then hands to
   * gradient-based optimisers. Every form of this package has one.
   */
  default Optional<ParametrizedCircuit> template() {
    return Optional.empty();
  }

  /**
   * Any circuit template without inputs as a form, for example an ansatz recorded with
   * {@link io.qml4j.runtime.gradient.ParametrizedBuilder}.
   */
  static VariationalForm of(ParametrizedCircuit circuit) {
    Objects.requireNonNull(circuit, "circuit");
    if (circuit.inputCount() != 0) {
      throw new IllegalArgumentException(
          "circuit: an ansatz takes no inputs, this circuit reads " + circuit.inputCount());
    }
    return new VariationalForm() {
      @Override
      public int qubits() {
        return circuit.qubits();
      }

      @Override
      public int parameters() {
        return circuit.thetaCount();
      }

      @Override
      public Circuit circuit(double[] theta) {
        Parameters.check("theta", theta, circuit.thetaCount());
        return circuit.bind(theta);
      }

      @Override
      public Optional<ParametrizedCircuit> template() {
        return Optional.of(circuit);
      }

      @Override
      public String toString() {
        return "VariationalForm(" + circuit + ")";
      }
    };
  }
}
