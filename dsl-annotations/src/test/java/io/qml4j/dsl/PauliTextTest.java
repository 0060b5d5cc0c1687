package io.qml4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared observable text and algebra: the rules the runtime and the processor both follow. */
class PauliTextTest {
  private static PauliTextException error(String text) {
    return assertThrows(PauliTextException.class, () -> PauliText.parseSum(text));
  }

  @Test
  void joinsBareIdentityAndSameWireProducts() {
    PauliPolynomial zz = PauliText.parseSum("Z0 Z1");
    assertEquals(zz, PauliText.parseSum("Z0 @ Z1"));
    assertEquals(zz, PauliText.parseSum("Z0 * Z1"));
    assertEquals(zz, PauliText.parseSum("Z0Z1"));
    assertEquals(PauliPolynomial.constant(1), PauliText.parseSum("I"));
    // X Y X = i Z X = i (i Y) = -Y: real, so accepted although X Y alone is not
    assertEquals(PauliPolynomial.letter('Y', 0).scale(-1), PauliText.parseSum("X0 Y0 X0"));
  }

  @Test
  void rejectsWhatIsNotAnObservable() {
    assertEquals(1, error("").column());
    assertEquals(1, error("z0").column());
    assertEquals(1, error("X0 Y0").column());
    PauliTextException wire = error("Z99999999999");
    assertEquals("Pauli text \"Z99999999999\", column 2: the wire number is larger than "
        + "2147483647", wire.getMessage());
  }

  @Test
  void zeroTermsAreDropped() {
    assertEquals(PauliPolynomial.letter('X', 1), PauliText.parseSum("0 Z0 + X1"));
    assertEquals(PauliPolynomial.zero(), PauliText.parseSum("Z0 - Z0"));
    assertEquals(PauliPolynomial.zero(), PauliPolynomial.letter('Z', 0).scale(0));
  }

  @Test
  void hermiticityIsCheckedAtTheProductWithOneTolerance() {
    PauliPolynomial x = PauliPolynomial.letter('X', 0);
    PauliPolynomial y = PauliPolynomial.letter('Y', 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.times(y));
    assertEquals("the product (X0) * (Y0) has the term Z0 with the imaginary coefficient 1i; an "
        + "observable must be Hermitian with real weights (the product of anticommuting Paulis "
        + "is not)", e.getMessage());
    // (X + Y)(X + Y) = 2 I: the i Z parts cancel exactly
    assertEquals(PauliPolynomial.constant(2), x.plus(y).times(x.plus(y)));
    // b and 3b commute, but 0.1 (0.7 * 3) - 0.7 (0.1 * 3) = -5.6e-17 in doubles: an imaginary
    // remainder of rounding size relative to the largest partial product is dropped
    PauliPolynomial b = x.scale(0.1).plus(y.scale(0.7));
    PauliPolynomial product = b.times(b.scale(3));
    assertEquals(0, product.coefficient(PauliWord.of('Z', 0)));
    assertEquals(1.5, product.coefficient(PauliWord.identity()), 1e-15);
  }

  @Test
  void sumOfTwentyThousandStringsTakesLinearTime() {
    List<PauliPolynomial> strings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      strings.add(PauliPolynomial.of(1, PauliWord.of(new int[] {i}, new char[] {'Z'})));
    }
    PauliPolynomial sum = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      PauliPolynomial s = PauliPolynomial.zero();
      for (PauliPolynomial p : strings) {
        s = s.plus(p);
      }
      s.terms();
      return s;
    });
    assertEquals(20_000, sum.terms().size());
    assertEquals(PauliText.parseSum(sum.toString()), sum);
  }
}
