/**
 * Electronic-structure input for VQE, derived from first principles so that the shipped
 * Hamiltonians can be regenerated without any outside tool: s-type Gaussian integrals in closed
 * form (Szabo and Ostlund, "Modern Quantum Chemistry", appendix A), the Basis Set Exchange STO-3G
 * basis for hydrogen (the values PySCF and the libraries built on it use, so that H2's coefficients
 * equal Qiskit Nature's to 1e-14), the restricted Hartree-Fock orbitals of H2 in a minimal basis,
 * and the Jordan-Wigner mapping of the second-quantised Hamiltonian into a
 * {@link io.qml4j.runtime.observable.PauliSum}. Molecules prepared elsewhere come in as FCIDUMP
 * files ({@link io.qml4j.runtime.vqe.chem.Fcidump}) and map onto qubits by Jordan-Wigner or parity
 * in either spin-orbital ordering ({@link io.qml4j.runtime.vqe.chem.MolecularIntegrals}). Lengths
 * are in bohr unless a name says Angstrom; energies in hartree.
 */
package io.qml4j.runtime.vqe.chem;
