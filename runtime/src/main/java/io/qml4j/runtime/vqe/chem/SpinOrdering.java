package io.qml4j.runtime.vqe.chem;

/**
 * How spin orbitals are numbered from spatial orbitals, which fixes the wire each one lands on.
 * Libraries differ here, so a Hamiltonian compared term by term with another library must use its
 * ordering.
 */
public enum SpinOrdering {
  /**
   * Spin orbital {@code 2p} is spatial orbital p with spin up and {@code 2p + 1} with spin down:
   * OpenFermion's and PennyLane's order, and the order of the shipped H2 Hamiltonians (Hartree-Fock
   * state {@code |1100>} for H2).
   */
  INTERLEAVED,

  /**
   * Spin orbital p is spatial orbital p with spin up and {@code orbitals + p} with spin down:
   * Qiskit Nature's block order (Hartree-Fock state {@code |1010>} for H2, wire 0 first).
   */
  BLOCKED;

  /** The spin-orbital index of spatial orbital p with spin {@code down} among {@code orbitals}. */
  public int spinOrbital(int p, boolean down, int orbitals) {
    if (this == INTERLEAVED) {
      return 2 * p + (down ? 1 : 0);
    }
    return p + (down ? orbitals : 0);
  }
}
