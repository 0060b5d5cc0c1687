package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpectationTest {
  private static final double TOLERANCE = 1e-12;
  private static final double R = Math.sqrt(0.5);

  private static StateVector one(double re0, double im0, double re1, double im1) {
    return StateVector.of(1, new double[] {re0, im0, re1, im1});
  }

  /** <X>, <Y>, <Z> on the six cardinal states: the Bloch vector. */
  @Test
  void singleQubitPaulisOnCardinalStates() {
    Object[][] cases = {
        {"|0>", one(1, 0, 0, 0), 0.0, 0.0, 1.0},
        {"|1>", one(0, 0, 1, 0), 0.0, 0.0, -1.0},
        {"|+>", one(R, 0, R, 0), 1.0, 0.0, 0.0},
        {"|->", one(R, 0, -R, 0), -1.0, 0.0, 0.0},
        {"|+i>", one(R, 0, 0, R), 0.0, 1.0, 0.0},
        {"|-i>", one(R, 0, 0, -R), 0.0, -1.0, 0.0},
    };
    for (Object[] c : cases) {
      StateVector s = (StateVector) c[1];
      assertEquals((double) c[2], Expectation.of(s, PauliSum.x(0)), TOLERANCE, "X on " + c[0]);
      assertEquals((double) c[3], Expectation.of(s, PauliSum.y(0)), TOLERANCE, "Y on " + c[0]);
      assertEquals((double) c[4], Expectation.of(s, PauliSum.z(0)), TOLERANCE, "Z on " + c[0]);
      assertEquals(1.0, Expectation.of(s, PauliSum.identity()), TOLERANCE, "I on " + c[0]);
    }
  }

  @Test
  void bellStateCorrelations() {
    CircuitBuilder q = new CircuitBuilder(2);
    q.h(0);
    q.cnot(0, 1);
    StateVector bell = Simulator.run(q.build());
    assertEquals(1, Expectation.of(bell, PauliSum.parse("Z0 Z1")), TOLERANCE);
    assertEquals(1, Expectation.of(bell, PauliSum.parse("X0 X1")), TOLERANCE);
    assertEquals(-1, Expectation.of(bell, PauliSum.parse("Y0 Y1")), TOLERANCE);
    assertEquals(0, Expectation.of(bell, PauliSum.parse("Z0")), TOLERANCE);
    assertEquals(0, Expectation.of(bell, PauliSum.parse("X0 Z1")), TOLERANCE);
    assertEquals(1 - 0.5 + 2, Expectation.of(bell, PauliSum.parse("Z0 Z1 + 0.5 Y0 Y1 + 2")),
        TOLERANCE);
    assertEquals(0, Expectation.variance(bell, PauliSum.parse("Z0 Z1")), TOLERANCE);
    assertEquals(1, Expectation.variance(bell, PauliSum.parse("Z1")), TOLERANCE);
  }

  /** Random states and random sums against psi^dagger H psi with H built by Kronecker products. */
  @Test
  void randomSumsMatchDenseExpectation() {
    SplittableRandom random = new SplittableRandom(42);
    for (int n = 1; n <= 5; n++) {
      for (int trial = 0; trial < 10; trial++) {
        StateVector psi = DenseReference.randomState(n, random);
        PauliSum h = DenseReference.randomSum(n, 1 + random.nextInt(8), random);
        double[] dense = DenseReference.expectation(
            DenseReference.matrix(h, n), psi.amplitudes());
        assertEquals(0, dense[1], TOLERANCE, "reference is Hermitian");
        assertEquals(dense[0], Expectation.of(psi, h), TOLERANCE, h + " on " + n + " qubits");
      }
    }
  }

  /** Variance against <psi|H H|psi> - <psi|H|psi>^2 with H H as a dense matrix product. */
  @Test
  void randomVarianceMatchesDense() {
    SplittableRandom random = new SplittableRandom(43);
    for (int n = 1; n <= 5; n++) {
      for (int trial = 0; trial < 10; trial++) {
        StateVector psi = DenseReference.randomState(n, random);
        PauliSum h = DenseReference.randomSum(n, 1 + random.nextInt(8), random);
        double[] m = DenseReference.matrix(h, n);
        double[] squared = DenseReference.multiplyMatrices(m, m, 1 << n);
        double mean = DenseReference.expectation(m, psi.amplitudes())[0];
        double second = DenseReference.expectation(squared, psi.amplitudes())[0];
        assertEquals(second - mean * mean, Expectation.variance(psi, h), TOLERANCE, h.toString());
      }
    }
  }

  @Test
  void singleStringOverloadMatchesSum() {
    SplittableRandom random = new SplittableRandom(44);
    StateVector psi = DenseReference.randomState(4, random);
    for (int trial = 0; trial < 20; trial++) {
      PauliString p = DenseReference.randomString(4, random);
      assertEquals(Expectation.of(psi, PauliSum.of(1, p)), Expectation.of(psi, p), 0.0);
    }
  }

  @Test
  void stateIsNotModified() {
    StateVector psi = DenseReference.randomState(3, new SplittableRandom(1));
    double[] before = psi.amplitudes().clone();
    PauliSum h = PauliSum.parse("X0 Y1 Z2 - 0.5 Y0 + 0.25 X2");
    Expectation.of(psi, h);
    Expectation.variance(psi, h);
    assertArrayEquals(before, psi.amplitudes(), 0.0);
  }

  @Test
  void wireBeyondTheStateIsRejected() {
    StateVector psi = StateVector.zero(3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Expectation.of(psi, PauliSum.parse("0.5 Z5 + X0")));
    assertEquals("h: the observable 0.5 Z5 + X0 acts on wire 5, but the state has 3 qubits "
        + "(wires 0..2)", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Expectation.variance(psi, PauliSum.z(3)));
    assertThrows(IllegalArgumentException.class,
        () -> Expectation.of(psi, PauliString.parse("X3")));
  }
}
