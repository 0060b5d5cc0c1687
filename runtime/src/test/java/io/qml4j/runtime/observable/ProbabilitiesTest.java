package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProbabilitiesTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void allWiresAreSquaredMagnitudes() {
    StateVector psi = DenseReference.randomState(4, new SplittableRandom(2));
    double[] p = Probabilities.of(psi);
    double total = 0;
    for (int k = 0; k < p.length; k++) {
      double re = psi.amplitudes()[2 * k], im = psi.amplitudes()[2 * k + 1];
      assertEquals(re * re + im * im, p[k], 0.0);
      total += p[k];
    }
    assertEquals(1, total, TOLERANCE);
  }

  @Test
  void firstListedWireIsMostSignificant() {
    // |01>: wire 0 reads 0, wire 1 reads 1
    CircuitBuilder q = new CircuitBuilder(2);
    q.x(1);
    StateVector s = Simulator.run(q.build());
    assertArrayEquals(new double[] {0, 1, 0, 0}, Probabilities.of(s), TOLERANCE);
    assertArrayEquals(new double[] {0, 1, 0, 0}, Probabilities.of(s, 0, 1), TOLERANCE);
    assertArrayEquals(new double[] {0, 0, 1, 0}, Probabilities.of(s, 1, 0), TOLERANCE);
    assertArrayEquals(new double[] {0, 1}, Probabilities.of(s, 1), TOLERANCE);
    assertArrayEquals(new double[] {1, 0}, Probabilities.of(s, 0), TOLERANCE);
  }

  /** Every marginal equals the sum of the full probabilities over the other wires' bits. */
  @Test
  void marginalsMatchDirectSums() {
    SplittableRandom random = new SplittableRandom(9);
    int n = 5;
    StateVector psi = DenseReference.randomState(n, random);
    double[] full = Probabilities.of(psi);
    int[][] subsets = {{0}, {4}, {2, 0}, {0, 1}, {0, 1, 2}, {3, 1, 4}, {4, 3, 2, 1, 0}, {}};
    for (int[] wires : subsets) {
      double[] expected = new double[1 << wires.length];
      for (int k = 0; k < full.length; k++) {
        int index = 0;
        for (int w : wires) {
          // basis index k written as bits b_0 ... b_{n-1}, wire 0 first
          int bit = Integer.parseInt(String.valueOf(Sampler.bitstring(k, n).charAt(w)));
          index = 2 * index + bit;
        }
        expected[index] += full[k];
      }
      double[] marginal = Probabilities.of(psi, wires);
      assertArrayEquals(expected, marginal, TOLERANCE, java.util.Arrays.toString(wires));
      double total = 0;
      for (double p : marginal) {
        total += p;
      }
      assertEquals(1, total, TOLERANCE);
    }
  }

  @Test
  void repeatedOrOutOfRangeWiresAreRejected() {
    StateVector psi = StateVector.zero(3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Probabilities.of(psi, 0, 2, 0));
    assertEquals("wires: wire 0 is listed twice (again at index 2); expected distinct wires",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Probabilities.of(psi, 1, 3));
    assertEquals("wires: wire 3 (at index 1) is out of range for a 3-qubit state (wires 0..2)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Probabilities.of(psi, -1));
  }
}
