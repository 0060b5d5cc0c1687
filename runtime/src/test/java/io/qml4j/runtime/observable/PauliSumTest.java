package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Pauli;
import io.qml4j.dsl.Paulis;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PauliSumTest {
  private static final double TOLERANCE = 1e-12;
  private static final Paulis P = PauliSum.PAULIS;

  @Test
  void likeTermsCombineAndZerosDisappear() {
    PauliSum h = PauliSum.z(0).plus(PauliSum.z(0)).plus(PauliSum.x(1).scale(0.5));
    assertEquals(List.of(new PauliSum.Term(2, PauliString.parse("Z0")),
        new PauliSum.Term(0.5, PauliString.parse("X1"))), h.terms());
    assertTrue(h.minus(h).isZero());
    assertEquals("0", h.minus(h).toString());
    assertEquals(1, h.maxWire());
  }

  @Test
  void dslFactoryBuildsTheSameAsTheParser() {
    Pauli built = P.z(0).times(P.z(1)).scale(0.5).minus(P.x(0).scale(0.2))
        .plus(P.identity().scale(1.1));
    assertEquals(PauliSum.parse("0.5 Z0 Z1 - 0.2 X0 + 1.1"), built);
    assertEquals(1.1, ((PauliSum) built).constant());
    assertEquals(PauliSum.parse("Y3"), P.y(3));
    assertEquals(PauliSum.parse("Z0"), P.parse("Z0"));
  }

  /** Sums, differences, scalings and products agree with the same operations on dense matrices. */
  @Test
  void algebraMatchesDenseMatrices() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 3, d = 1 << n;
    for (int trial = 0; trial < 20; trial++) {
      PauliSum a = DenseReference.randomSum(n, 4, random);
      PauliSum b = DenseReference.randomSum(n, 4, random);
      double[] ma = DenseReference.matrix(a, n), mb = DenseReference.matrix(b, n);
      double[] sum = new double[ma.length], difference = new double[ma.length];
      for (int i = 0; i < ma.length; i++) {
        sum[i] = ma[i] + mb[i];
        difference[i] = ma[i] - 0.3 * mb[i];
      }
      assertArrayEquals(sum, DenseReference.matrix(a.plus(b), n), TOLERANCE);
      assertArrayEquals(difference, DenseReference.matrix(a.minus(b.scale(0.3)), n), TOLERANCE);
      // a a is Hermitian although single products P_i P_j need not be: the imaginary parts of
      // P_i P_j and P_j P_i cancel
      assertArrayEquals(DenseReference.multiplyMatrices(ma, ma, d),
          DenseReference.matrix(a.times(a), n), TOLERANCE);
    }
  }

  @Test
  void productOfCommutingStringsIsAccepted() {
    // (X0 Y1)(Y0 X1) = (i Z0)(-i Z1) = Z0 Z1
    assertEquals(PauliSum.parse("Z0 Z1"), PauliSum.parse("X0 Y1").times(PauliSum.parse("Y0 X1")));
    // (Z0 X1)(X0 Z1) = (i Y0)(-i Y1) = Y0 Y1
    assertEquals(PauliSum.parse("Y0 Y1"), PauliSum.parse("Z0 X1").times(PauliSum.parse("X0 Z1")));
    assertEquals(PauliSum.identity(), P.x(2).times(P.x(2)));
  }

  @Test
  void imaginaryProductIsRejectedWithTheOffendingTerm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> P.x(0).times(P.y(0)));
    assertTrue(e.getMessage().contains("(X0) * (Y0) has the term Z0 with the imaginary "
        + "coefficient 1i"), e.getMessage());
    assertTrue(e.getMessage().contains("Hermitian"), e.getMessage());
  }

  @Test
  void otherImplementationsAndNonFiniteCoefficientsAreRejected() {
    Pauli foreign = new Pauli() {
      @Override public Pauli times(Pauli other) { return this; }
      @Override public Pauli plus(Pauli other) { return this; }
      @Override public Pauli minus(Pauli other) { return this; }
      @Override public Pauli scale(double coefficient) { return this; }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PauliSum.z(0).plus(foreign));
    assertTrue(e.getMessage().startsWith("other: expected a PauliSum"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PauliSum.z(0).scale(Double.NaN));
    assertEquals("coefficient: expected a finite number, got NaN", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PauliSum.constant(Double.POSITIVE_INFINITY));
  }

  @Test
  void equalityIgnoresTermOrder() {
    assertEquals(PauliSum.parse("Z0 + X1"), PauliSum.parse("X1 + Z0"));
    assertEquals(PauliSum.parse("Z0 + X1").hashCode(), PauliSum.parse("X1 + Z0").hashCode());
  }
}
