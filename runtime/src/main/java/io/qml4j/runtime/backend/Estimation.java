package io.qml4j.runtime.backend;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.QubitWiseCommutingGroups;
import io.qml4j.runtime.observable.ShotEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expectation values of Pauli sums from counts, as on hardware: the terms are split into
 * {@link QubitWiseCommutingGroups}; for each group the circuit gets basis rotations appended (H
 * on an X wire, S-dagger then H on a Y wire) and is measured; each shot gives every term of the
 * group its eigenvalue {@code (-1)^(parity of the term's wires)}. The identity term is added
 * exactly. From an exact backend (counts carrying probabilities) the estimate is exact, with
 * standard error 0.
 */
public final class Estimation {
  private Estimation() {}

  /**
   * The circuits that measure the groups: the circuit followed by each group's basis rotation.
   *
   * @param circuit the state preparation
   * @param groups the groups of an observable
   * @return one circuit per group
   */
  public static List<Circuit> measurementCircuits(Circuit circuit,
      List<QubitWiseCommutingGroups.Group> groups) {
    List<Circuit> out = new ArrayList<>();
    for (QubitWiseCommutingGroups.Group group : groups) {
      PauliString basis = group.basis();
      CircuitBuilder b = new CircuitBuilder(circuit.qubits()).append(circuit);
      for (int w : basis.wires()) {
        if (basis.letter(w) == 'Y') {
          b.sdg(w);
        }
        if (basis.letter(w) != 'Z') {
          b.h(w);
        }
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * The estimate of an observable from its groups' counts.
   *
   * @param h the observable
   * @param groups its groups, as {@link QubitWiseCommutingGroups#of(PauliSum)} gave them
   * @param counts the counts of each group's measurement circuit, in the same order
   * @return the mean and its standard error
   */
  public static ShotEstimate estimate(PauliSum h, List<QubitWiseCommutingGroups.Group> groups,
      List<Counts> counts) {
    double mean = h.constant();
    double errorSquared = 0;
    int shots = 0;
    for (int g = 0; g < groups.size(); g++) {
      Counts c = counts.get(g);
      int n = c.qubits();
      List<PauliSum.Term> terms = groups.get(g).terms();
      double[] coefficients = new double[terms.size()];
      int[] masks = new int[terms.size()];
      for (int t = 0; t < masks.length; t++) {
        coefficients[t] = terms.get(t).coefficient();
        masks[t] = mask(terms.get(t).string(), n);
      }
      double[] exact = c.probabilities();
      if (exact != null) {
        for (int k = 0; k < exact.length; k++) {
          mean += exact[k] * value(k, coefficients, masks);
        }
        continue;
      }
      shots = c.shots();
      double sum = 0, sumSquares = 0;
      for (Map.Entry<String, Integer> e : c.counts().entrySet()) {
        double v = value(Integer.parseInt(e.getKey(), 2), coefficients, masks);
        sum += v * e.getValue();
        sumSquares += v * v * e.getValue();
      }
      double groupMean = sum / c.shots();
      mean += groupMean;
      errorSquared += c.shots() > 1 ? Math.max(0, (sumSquares - c.shots() * groupMean
          * groupMean) / (c.shots() - 1)) / c.shots() : Double.NaN;
    }
    return new ShotEstimate(mean, Math.sqrt(errorSquared), shots, groups.size());
  }

  private static double value(int k, double[] coefficients, int[] masks) {
    double v = 0;
    for (int t = 0; t < masks.length; t++) {
      v += (Integer.bitCount(k & masks[t]) & 1) == 0 ? coefficients[t] : -coefficients[t];
    }
    return v;
  }

  /** The basis-index bits of the string's wires, wire 0 the most significant. */
  private static int mask(PauliString p, int n) {
    int mask = 0;
    for (int w : p.wires()) {
      mask |= 1 << (n - 1 - w);
    }
    return mask;
  }
}
