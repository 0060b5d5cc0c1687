/**
 * Electronic-structure input for VQE, derived from first principles so that the shipped
 * Hamiltonians can be regenerated without any outside tool: s-type Gaussian integrals in closed
 * form (Szabo and Ostlund, "Modern Quantum Chemistry", appendix A), the STO-3G basis for hydrogen,
 * the restricted Hartree-Fock orbitals of H2 in a minimal basis, and the Jordan-Wigner mapping of
 * the second-quantised Hamiltonian into a {@link io.qml4j.runtime.observable.PauliSum}. Lengths are
 * in bohr unless a name says Angstrom; energies in hartree.
 */
package io.qml4j.runtime.vqe.chem;
