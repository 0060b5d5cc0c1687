package io.qml4j.runtime.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The amplitude-embedding template prepares exactly the normalised input vector. */
class AmplitudeEmbeddingTest {
  private static final double EXACT = 1e-12;

  @Test
  void preparesRandomSignedVectorsOnOneToFiveQubits() {
    SplittableRandom random = new SplittableRandom(11);
    for (int m = 1; m <= 5; m++) {
      for (int trial = 0; trial < 5; trial++) {
        double[] a = random.doubles(1 << m, -1, 1).toArray();
        if (trial == 0 && m > 1) {
          a[0] = 0; // a zero amplitude and a zero half exercise atan2(0, 0)
          a[1] = 0;
        }
        assertPrepared(a, m + trial % 2); // extra idle wire on odd trials
      }
    }
  }

  @Test
  void preparesBasisVectorsAndUnnormalizedInput() {
    assertPrepared(new double[] {0, 0, 0, 3}, 2);
    assertPrepared(new double[] {0, 0, -2, 0, 0, 0, 0, 0}, 3);
  }

  @Test
  void rejectsLengthsThatAreNotPowersOfTwo() {
    CircuitBuilder q = new CircuitBuilder(2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> q.amplitudeEmbedding(new double[] {1, 2, 3}));
    assertTrue(e.getMessage().startsWith("features: expected a length that is a power of two"));
    assertEquals(0, q.size());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> q.amplitudeEmbedding(new double[] {0, 0}));
    assertEquals("features: all zero, cannot be normalised", zero.getMessage());
  }

  private static void assertPrepared(double[] a, int qubits) {
    CircuitBuilder q = new CircuitBuilder(qubits);
    q.amplitudeEmbedding(a);
    StateVector state = Simulator.run(q.build());
    double norm = 0;
    for (double v : a) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    int spare = qubits - Integer.numberOfTrailingZeros(a.length);
    for (int k = 0; k < state.dimension(); k++) {
      double expected = (k & ((1 << spare) - 1)) == 0 ? a[k >> spare] / norm : 0;
      assertEquals(expected, state.real(k), EXACT, "amplitude " + k);
      assertEquals(0, state.imag(k), EXACT, "imaginary part " + k);
    }
  }
}
