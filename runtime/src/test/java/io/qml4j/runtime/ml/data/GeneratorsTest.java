package io.qml4j.runtime.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorsTest {
  @Test
  void noiselessMoonsLieOnTheirArcs() {
    Dataset moons = TwoMoons.generate(51, 0, 1);
    assertEquals(51, moons.size());
    int ones = 0;
    for (int i = 0; i < moons.size(); i++) {
      double[] p = moons.features(i);
      if (moons.label(i) == 0) {
        assertEquals(1, Math.hypot(p[0], p[1]), 1e-12);
        assertTrue(p[1] >= -1e-12);
      } else {
        assertEquals(1, Math.hypot(p[0] - 1, p[1] - 0.5), 1e-12);
        assertTrue(p[1] <= 0.5 + 1e-12);
        ones++;
      }
    }
    assertEquals(25, ones);
  }

  @Test
  void noiselessCirclesHaveTheirRadii() {
    Dataset circles = Circles.generate(40, 0, 0.4, 2);
    for (int i = 0; i < circles.size(); i++) {
      double[] p = circles.features(i);
      assertEquals(circles.label(i) == 0 ? 1 : 0.4, Math.hypot(p[0], p[1]), 1e-12);
    }
  }

  @Test
  void noiseHasTheRequestedSpreadAndIsSeeded() {
    Dataset clean = Circles.generate(4000, 0, 0.5, 3);
    Dataset noisy = Circles.generate(4000, 0.1, 0.5, 3);
    double squares = 0;
    for (int i = 0; i < clean.size(); i++) {
      // same seed, same shuffle: the same points before noise
      double[] a = clean.features(i);
      double[] b = noisy.features(i);
      squares += (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]);
    }
    assertEquals(0.1, Math.sqrt(squares / (2 * clean.size())), 0.005);
    assertArrayEquals(TwoMoons.generate(30, 0.2, 7).features(3), TwoMoons.generate(30, 0.2, 7).features(3), 0);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TwoMoons.generate(1, 0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> TwoMoons.generate(10, -0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> Circles.generate(10, Double.NaN, 0.5, 1));
    IllegalArgumentException factor = assertThrows(IllegalArgumentException.class,
        () -> Circles.generate(10, 0.1, 1.5, 1));
    assertTrue(factor.getMessage().startsWith("factor"));
  }
}
