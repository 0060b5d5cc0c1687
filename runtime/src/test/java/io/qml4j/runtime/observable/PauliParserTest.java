package io.qml4j.runtime.observable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PauliParserTest {
  @Test
  void readsWeightedSums() {
    PauliSum h = PauliSum.parse("0.5 Z0 Z1 - 0.2 X0 + 1.1");
    assertEquals(List.of(
        new PauliSum.Term(0.5, PauliString.parse("Z0 Z1")),
        new PauliSum.Term(-0.2, PauliString.parse("X0")),
        new PauliSum.Term(1.1, PauliString.identity())), h.terms());
  }

  @Test
  void readsEveryAcceptedSpelling() {
    assertEquals(PauliSum.of(1, PauliString.parse("Z0 Z1")), PauliSum.parse("Z0Z1"));
    assertEquals(PauliSum.x(2).scale(-1), PauliSum.parse("-X2"));
    assertEquals(PauliSum.of(1e-3, PauliString.parse("Y1 Y2")), PauliSum.parse("1e-3 Y1 Y2"));
    assertEquals(PauliSum.parse("Z0 Z1"), PauliSum.parse("Z0 @ Z1"));
    assertEquals(PauliSum.parse("0.5 Z0 Z1"), PauliSum.parse("0.5 * Z0 * Z1"));
    assertEquals(PauliSum.parse("0.5 Z0"), PauliSum.parse("+.5Z0"));
    assertEquals(PauliSum.parse("2 Z0"), PauliSum.parse("  Z0 +\tZ0  "));
    assertEquals(PauliSum.parse("250 X0"), PauliSum.parse("2.5E+2 X0"));
    assertEquals(PauliSum.parse("Z0"), PauliSum.parse("Z0 I1"));
    assertEquals(PauliSum.parse("3"), PauliSum.parse("3 I"));
    // the same wire twice multiplies: X0 Y0 X0 Y0 = (i Z0)(i Z0) = -I
    assertEquals(PauliSum.constant(-2), PauliSum.parse("2 X0 Y0 X0 Y0"));
  }

  @Test
  void toStringReadsBack() {
    for (String text : List.of("0.5 Z0 Z1 - 0.2 X0 + 1.1", "-X2", "0.001 Y1 Y2", "Z0 Z1",
        "-1.1", "0", "2 X0 - Y3 + 1.0E-20 Z1")) {
      PauliSum h = PauliSum.parse(text);
      assertEquals(text, h.toString());
      assertEquals(h, PauliSum.parse(h.toString()));
    }
  }

  @Test
  void randomSumsRoundTripExactly() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 200; trial++) {
      PauliSum h = DenseReference.randomSum(5, 1 + random.nextInt(6), random);
      if (trial % 3 == 0) {
        h = h.scale(Math.pow(10, random.nextInt(-25, 25)));
      }
      PauliSum back = PauliSum.parse(h.toString());
      assertEquals(h, back, h.toString());
      assertEquals(h.terms(), back.terms(), "term order survives");
    }
  }

  @Test
  void unknownLetterAfterCoefficient() {
    assertError("0.5 Q0", 5, "column 5: expected a Pauli letter X, Y, Z or I with its wire "
        + "number, or + or - before the next term, got 'Q'");
  }

  @Test
  void letterWithoutWire() {
    assertError("Z", 2, "column 2: expected the wire number of Z (as in Z0), got the end of "
        + "the text");
  }

  @Test
  void negativeWire() {
    assertError("Z-1", 2, "column 2: expected the wire number of Z (as in Z0), got '-'");
  }

  @Test
  void twoCoefficients() {
    assertError("0.5 0.3", 5, "column 5: expected a Pauli letter X, Y, Z or I with its wire "
        + "number, or + or - before the next term, got '0'");
  }

  @Test
  void emptyText() {
    assertError("", 1, "column 1: expected a term: a coefficient such as 0.5, or a Pauli letter "
        + "X, Y, Z or I with its wire number such as Z0, got the end of the text");
    assertError("   ", 4, "got the end of the text");
  }

  @Test
  void danglingSignsAndJoins() {
    assertError("Z0 +", 5, "expected a term");
    assertError("Z0 + - X1", 6, "expected a term");
    assertError("Z0 @", 5, "after the product sign, got the end of the text");
    assertError("0.5 *", 6, "expected a Pauli letter X, Y, Z or I with its wire number, got");
  }

  @Test
  void lowerCaseIsNotALetter() {
    assertError("0.5 z0", 5, "got 'z'");
  }

  @Test
  void malformedNumbers() {
    assertError("1e Z0", 3, "expected the digits of the exponent, got ' '");
    assertError(". Z0", 2, "expected digits in the number");
    assertError("1e999 Z0", 1, "the coefficient 1e999 is too large for a double");
    assertError("Z99999999999", 2, "the wire number is larger than 2147483647");
  }

  @Test
  void imaginaryProductIsRejectedAtItsColumn() {
    assertError("Z1 + 0.5 X0 Y0", 10, "the product X0 Y0 equals i Z0, which has an imaginary "
        + "coefficient; an observable must be Hermitian with real weights");
  }

  @Test
  void nullIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> PauliSum.parse(null));
  }

  private static void assertError(String text, int column, String fragment) {
    PauliSyntaxException e = assertThrows(PauliSyntaxException.class,
        () -> PauliSum.parse(text), text);
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(text, e.text());
    if (!e.getMessage().contains(fragment)) {
      throw new AssertionError("message \"" + e.getMessage() + "\" lacks \"" + fragment + "\"");
    }
    if (!e.getMessage().startsWith("Pauli text \"" + text + "\", column " + column + ": ")) {
      throw new AssertionError("message \"" + e.getMessage() + "\" lacks the text and column");
    }
  }
}
