package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ObservableApplierTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void matchesDenseMatrixTimesVector() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 1; n <= 5; n++) {
      for (int trial = 0; trial < 10; trial++) {
        StateVector psi = DenseReference.randomState(n, random);
        double[] before = psi.amplitudes().clone();
        PauliSum h = DenseReference.randomSum(n, 1 + random.nextInt(8), random);
        double[] expected = DenseReference.multiply(
            DenseReference.matrix(h, n), psi.amplitudes());
        StateVector applied = ObservableApplier.apply(psi, h);
        assertArrayEquals(expected, applied.amplitudes(), TOLERANCE, h.toString());
        assertArrayEquals(before, psi.amplitudes(), 0.0, "input unchanged");
      }
    }
  }

  @Test
  void intoBufferOverwritesIt() {
    SplittableRandom random = new SplittableRandom(8);
    StateVector psi = DenseReference.randomState(3, random);
    PauliSum h = PauliSum.parse("0.5 X0 Y2 - Z1 + 0.3");
    StateVector out = DenseReference.randomState(3, random);
    ObservableApplier.apply(psi, h, out);
    assertArrayEquals(ObservableApplier.apply(psi, h).amplitudes(), out.amplitudes(), 0.0);
  }

  @Test
  void badArgumentsAreRejected() {
    StateVector psi = StateVector.zero(2);
    assertThrows(IllegalArgumentException.class, () -> ObservableApplier.apply(psi, PauliSum.x(2)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ObservableApplier.apply(psi, PauliSum.x(0), StateVector.zero(3)));
    assertEquals("out: expected 2 qubits like the input, got 3", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ObservableApplier.apply(psi, PauliSum.x(0), psi));
  }
}
