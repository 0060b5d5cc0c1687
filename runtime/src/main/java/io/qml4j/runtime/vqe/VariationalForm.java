package io.qml4j.runtime.vqe;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;

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
}
