/**
 * The quantum approximate optimisation algorithm (Farhi, Goldstone and Gutmann, arXiv:1411.4028):
 * a diagonal {@link io.qml4j.runtime.qaoa.IsingCost} to maximise (MaxCut of a
 * {@link io.qml4j.runtime.qaoa.Graph}, or any QUBO such as a small portfolio selection), p
 * alternating cost and mixer layers as a circuit, optimisation of the angles with the
 * interpolation warm start of Zhou et al. (PRX 10, 021067 (2020)) from p to p + 1, the best
 * solution read from seeded samples, and brute force for the reference optimum. Node i of a graph
 * and variable i of a QUBO live on wire i (wire 0 the most significant bit of a basis index).
 */
package io.qml4j.runtime.qaoa;
