/**
 * Boltzmann machines over qubits: the quantum Boltzmann machine of Amin et al. (2018, Phys. Rev. X
 * 8, 021050), a transverse-field Ising Hamiltonian over visible and hidden units whose Gibbs state
 * models the data, trained by the gradient of the log-likelihood's upper bound (the bound-based
 * QBM, section III.B); with the transverse field set to zero it is the classical Boltzmann
 * machine, trained on the exact log-likelihood. {@link
 * io.qml4j.runtime.ml.boltzmann.QuantumBoltzmannMachine} computes Gibbs states exactly by dense
 * eigendecomposition (EJML), so it is for small systems (up to {@value
 * io.qml4j.runtime.ml.boltzmann.QuantumBoltzmannMachine#MAX_UNITS} units); {@link
 * io.qml4j.runtime.ml.boltzmann.BernoulliMixture} builds the paper's data distributions.
 */
package io.qml4j.runtime.ml.boltzmann;
