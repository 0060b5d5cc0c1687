package io.qml4j.runtime.vqe.chem;

/**
 * An encoding of fermionic modes in qubits, given by the Pauli form of the creation operator of
 * mode j among n (wire k = mode k).
 */
public enum FermionMapping {
  /**
   * Jordan and Wigner (Z. Phys. 47, 631 (1928)): wire j holds the occupation of mode j, and
   * {@code a+_j = Z_0 ... Z_(j-1) (X_j - i Y_j) / 2}.
   */
  JORDAN_WIGNER,

  /**
   * The parity encoding (Seeley, Richard and Love, J. Chem. Phys. 137, 224109 (2012), eq. 34): wire
   * j holds the parity of modes 0..j, and {@code a+_j = (X_(j+1) ... X_(n-1)) (X_j Z_(j-1)
   * - i Y_j) / 2}; the same operator Qiskit Nature's {@code ParityMapper} builds.
   */
  PARITY
}
