package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Checks that a transpiled circuit equals its original up to the layouts and one global phase:
 * on random input states, the transpiled circuit (restricted to the physical qubits it touches)
 * maps each input placed by the initial layout to the original's output placed by the final
 * layout, with the same phase for every input, so the two unitaries are proportional.
 */
final class Equivalence {
  private Equivalence() {}

  /** The largest amplitude difference after removing the common global phase. */
  static double distance(Circuit original, TranspileResult result, int inputs,
      SplittableRandom random) {
    TreeSet<Integer> used = new TreeSet<>();
    for (int p : result.initialLayout()) {
      used.add(p);
    }
    for (Operation op : result.circuit().operations()) {
      for (int w : op.wires()) {
        used.add(w);
      }
    }
    int[] compact = new int[result.circuit().qubits()];
    int m = 0;
    for (int p : used) {
      compact[p] = m++;
    }
    List<Operation> ops = new ArrayList<>();
    for (Operation op : result.circuit().operations()) {
      int[] w = op.wires();
      for (int k = 0; k < w.length; k++) {
        w[k] = compact[w[k]];
      }
      ops.add(Circuits.onWires(op, w));
    }
    Circuit small = new Circuit(m, ops);
    int n = original.qubits();
    double phaseRe = Double.NaN, phaseIm = Double.NaN, worst = 0;
    for (int trial = 0; trial < inputs; trial++) {
      double[] psi = randomState(n, random);
      StateVector expected = StateVector.of(n, psi.clone());
      Simulator.apply(expected, original);
      StateVector actual = StateVector.wrap(m, embed(psi, n, m, result.initialLayout(), compact));
      Simulator.apply(actual, small);
      double[] want = embed(expected.amplitudes(), n, m, result.finalLayout(), compact);
      double[] got = actual.amplitudes();
      if (Double.isNaN(phaseRe)) {
        int j = 0;
        for (int k = 0; k < want.length / 2; k++) {
          if (Math.hypot(want[2 * k], want[2 * k + 1]) > Math.hypot(want[2 * j],
              want[2 * j + 1])) {
            j = k;
          }
        }
        // phase = got_j / want_j
        double d = want[2 * j] * want[2 * j] + want[2 * j + 1] * want[2 * j + 1];
        phaseRe = (got[2 * j] * want[2 * j] + got[2 * j + 1] * want[2 * j + 1]) / d;
        phaseIm = (got[2 * j + 1] * want[2 * j] - got[2 * j] * want[2 * j + 1]) / d;
      }
      for (int k = 0; k < want.length / 2; k++) {
        double re = phaseRe * want[2 * k] - phaseIm * want[2 * k + 1];
        double im = phaseRe * want[2 * k + 1] + phaseIm * want[2 * k];
        worst = Math.max(worst, Math.hypot(got[2 * k] - re, got[2 * k + 1] - im));
      }
    }
    return worst;
  }

  private static double[] randomState(int n, SplittableRandom random) {
    double[] a = new double[2 << n];
    double norm = 0;
    for (int k = 0; k < a.length; k++) {
      a[k] = random.nextDouble(-1, 1);
      norm += a[k] * a[k];
    }
    for (int k = 0; k < a.length; k++) {
      a[k] /= Math.sqrt(norm);
    }
    return a;
  }

  /** Logical amplitudes placed on the compacted physical qubits, the others in |0>. */
  private static double[] embed(double[] logical, int n, int m, int[] layout, int[] compact) {
    double[] out = new double[2 << m];
    for (int k = 0; k < (1 << n); k++) {
      int index = 0;
      for (int w = 0; w < n; w++) {
        if (((k >> (n - 1 - w)) & 1) != 0) {
          index |= 1 << (m - 1 - compact[layout[w]]);
        }
      }
      out[2 * index] = logical[2 * k];
      out[2 * index + 1] = logical[2 * k + 1];
    }
    return out;
  }
}
