package io.qml4j.runtime.transpile;

/**
 * How SWAPs are inserted so that every CNOT acts on coupled qubits.
 */
public enum Router {
  /**
   * SABRE (Li, Ding and Xie, ASPLOS 2019): a lookahead heuristic over the front layer with
   * decay, and an initial layout refined by forward and backward passes over the circuit.
   */
  SABRE,
  /**
   * The naive baseline: trivial layout (logical qubit i on physical qubit i), and for each
   * uncoupled CNOT in order, SWAPs along a shortest path until its qubits are coupled.
   */
  NAIVE
}
