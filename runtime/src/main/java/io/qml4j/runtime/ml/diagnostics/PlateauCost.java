package io.qml4j.runtime.ml.diagnostics;

import io.qml4j.runtime.StateVector;

/**
 * The two costs of Cerezo, Sone, Volkoff, Cincio and Coles (Nat. Commun. 12, 1791 (2021), eqs. 5
 * and 6), both minimised by {@code |0...0>}: the global cost reads every qubit at once, the local
 * cost one qubit at a time, which is what keeps its gradients from vanishing exponentially in
 * shallow circuits.
 */
public enum PlateauCost {
  /** {@code C_G = 1 - |<0...0|psi>|^2}. */
  GLOBAL,
  /** {@code C_L = 1 - (1/n) sum_i P(qubit i reads 0)}. */
  LOCAL;

  /** The cost of a state. */
  public double value(StateVector state) {
    int n = state.qubits();
    if (this == GLOBAL) {
      return 1 - state.probability(0);
    }
    double[] zeros = new double[n];
    for (int k = 0; k < state.dimension(); k++) {
      double p = state.probability(k);
      for (int w = 0; w < n; w++) {
        if ((k >> (n - 1 - w) & 1) == 0) {
          zeros[w] += p;
        }
      }
    }
    double sum = 0;
    for (double z : zeros) {
      sum += z;
    }
    return 1 - sum / n;
  }
}
