package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.GateMatrices;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PauliStringTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void parseGivesLettersByWireInIncreasingOrder() {
    PauliString p = PauliString.parse("Z3 X0");
    assertArrayEquals(new int[] {0, 3}, p.wires());
    assertEquals('X', p.letter(0));
    assertEquals('I', p.letter(1));
    assertEquals('Z', p.letter(3));
    assertEquals(3, p.maxWire());
    assertEquals(2, p.weight());
    assertEquals("X0 Z3", p.toString());
    assertEquals(p, PauliString.parse("X0@Z3"));
    assertEquals(p, PauliString.parse("X0Z3"));
  }

  @Test
  void identityHasNoWires() {
    PauliString id = PauliString.identity();
    assertTrue(id.isIdentity());
    assertEquals(-1, id.maxWire());
    assertEquals("I", id.toString());
    assertEquals(id, PauliString.parse("I"));
    assertEquals(id, PauliString.parse("I4"));
    assertEquals(id, PauliString.of(Map.of(2, 'I')));
  }

  /** Every pair of letters multiplied on one wire matches the 2x2 matrix product. */
  @Test
  void singleWireProductsMatchMatrixProducts() {
    for (char a : "IXYZ".toCharArray()) {
      for (char b : "IXYZ".toCharArray()) {
        PauliString.Product p = PauliString.of(a, 0).times(PauliString.of(b, 0));
        double[] expected = DenseReference.multiplyMatrices(
            GateMatrices.pauliWord("" + a), GateMatrices.pauliWord("" + b), 2);
        double[] actual = scaledByPhase(
            GateMatrices.pauliWord("" + p.string().letter(0)), p.iPower());
        assertArrayEquals(expected, actual, TOLERANCE, a + "*" + b);
      }
    }
  }

  @Test
  void knownPhases() {
    assertEquals(new PauliString.Product(1, PauliString.parse("Z0")),
        PauliString.parse("X0").times(PauliString.parse("Y0")));
    assertEquals(new PauliString.Product(3, PauliString.parse("Z0")),
        PauliString.parse("Y0").times(PauliString.parse("X0")));
    // (X0 Y1)(Y0 X1) = (i Z0)(-i Z1) = Z0 Z1
    assertEquals(new PauliString.Product(0, PauliString.parse("Z0 Z1")),
        PauliString.parse("X0 Y1").times(PauliString.parse("Y0 X1")));
  }

  /** Random multi-wire products match dense Kronecker products, phase included. */
  @Test
  void randomProductsMatchDenseMatrices() {
    SplittableRandom random = new SplittableRandom(11);
    int n = 3;
    for (int trial = 0; trial < 50; trial++) {
      PauliString a = DenseReference.randomString(n, random);
      PauliString b = DenseReference.randomString(n, random);
      PauliString.Product p = a.times(b);
      double[] expected = DenseReference.multiplyMatrices(dense(a, n), dense(b, n), 1 << n);
      assertArrayEquals(expected, scaledByPhase(dense(p.string(), n), p.iPower()), TOLERANCE,
          a + " * " + b);
      double[] ba = DenseReference.multiplyMatrices(dense(b, n), dense(a, n), 1 << n);
      boolean commute = true;
      for (int i = 0; i < ba.length; i++) {
        commute &= Math.abs(ba[i] - expected[i]) < TOLERANCE;
      }
      assertEquals(commute, a.commutes(b), a + " and " + b);
    }
  }

  @Test
  void qubitWiseCommutationNeedsEqualLettersOnSharedWires() {
    assertTrue(PauliString.parse("Z0 Z1").qubitWiseCommutes(PauliString.parse("Z1 X2")));
    assertFalse(PauliString.parse("X0 X1").qubitWiseCommutes(PauliString.parse("Y0 Y1")));
    // they commute as operators, but not wire by wire
    assertTrue(PauliString.parse("X0 X1").commutes(PauliString.parse("Y0 Y1")));
  }

  @Test
  void masksFollowTheWireConvention() {
    PauliString p = PauliString.parse("X0 Y1 Z2");
    // 3 qubits: wire 0 is bit 4, wire 1 bit 2, wire 2 bit 1
    assertEquals(0b110, p.flipMask(3));
    assertEquals(0b011, p.phaseMask(3));
    assertEquals(0b111, p.supportMask(3));
    assertEquals(1, p.yCount());
  }

  @Test
  void badLettersAndWiresAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PauliString.of('Q', 0));
    assertTrue(e.getMessage().contains("expected I, X, Y or Z, got 'Q'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PauliString.of('X', -1));
    assertTrue(e.getMessage().contains("got -1"), e.getMessage());
    PauliSyntaxException s = assertThrows(PauliSyntaxException.class,
        () -> PauliString.parse("0.5 X0"));
    assertEquals(1, s.column());
    s = assertThrows(PauliSyntaxException.class, () -> PauliString.parse("X0 Y0"));
    assertTrue(s.getMessage().contains("equals i Z0"), s.getMessage());
  }

  private static double[] dense(PauliString p, int n) {
    StringBuilder word = new StringBuilder();
    for (int w = 0; w < n; w++) {
      word.append(p.letter(w));
    }
    return GateMatrices.pauliWord(word.toString());
  }

  private static double[] scaledByPhase(double[] m, int iPower) {
    double[] out = m.clone();
    for (int k = 0; k < iPower; k++) {
      for (int i = 0; i < out.length; i += 2) {
        double re = out[i];
        out[i] = -out[i + 1];
        out[i + 1] = re;
      }
    }
    return out;
  }
}
