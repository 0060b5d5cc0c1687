package io.qml4j.samples.models;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import io.qml4j.dsl.Q;

/**
 * A chemistry-style ansatz on 4 spin orbitals: the Hartree-Fock state |1100>, one double and two
 * single Givens excitations, measured against the qubit Hamiltonian of H2 in the STO-3G basis at
 * 1.3228 bohr (0.70 Angstrom, the geometry of PennyLane's qchem tutorial, whose printed
 * coefficients these are; they agree to 2e-6 with the runtime's {@code h2-sto3g-0.7.txt}).
 * Generates {@code GivensVqeModel}.
 */
public abstract class GivensVqe {
  private GivensVqe() {}

  /** Hartree-Fock reference, then excitations. */
  @Ansatz(qubits = 4, params = 3)
  static void excitations(Q q, double[] theta) {
    q.basisState(1, 1, 0, 0);
    q.doubleExcitation(0, 1, 2, 3, theta[0]);
    q.singleExcitation(0, 2, theta[1]);
    q.singleExcitation(1, 3, theta[2]);
  }

  /** The H2 Hamiltonian. */
  @Observable
  static Pauli energy(Paulis p) {
    return p.parse("-0.04207897647782276 + 0.17771287465139946 Z0 + 0.1777128746513994 Z1"
        + " - 0.24274280513140462 Z2 - 0.24274280513140462 Z3 + 0.17059738328801052 Z0 Z1"
        + " + 0.04475014401535161 Y0 X1 X2 Y3 - 0.04475014401535161 Y0 Y1 X2 X3"
        + " - 0.04475014401535161 X0 X1 Y2 Y3 + 0.04475014401535161 X0 Y1 Y2 X3"
        + " + 0.12293305056183798 Z0 Z2 + 0.1676831945771896 Z0 Z3 + 0.1676831945771896 Z1 Z2"
        + " + 0.12293305056183798 Z1 Z3 + 0.17627640804319591 Z2 Z3");
  }
}
