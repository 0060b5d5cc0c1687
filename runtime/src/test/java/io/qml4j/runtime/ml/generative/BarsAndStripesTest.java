package io.qml4j.runtime.ml.generative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BarsAndStripesTest {
  @Test
  void countsArePublishedOnes() {
    // 2^rows + 2^cols - 2 patterns: 6 on 2x2 (Benedetti et al. 2019), 14 on 3x3
    assertEquals(6, BarsAndStripes.patterns(2, 2).length);
    assertEquals(14, BarsAndStripes.patterns(3, 3).length);
    assertEquals(2 + 8 - 2, BarsAndStripes.patterns(1, 3).length);
  }

  @Test
  void twoByTwoPatternsAreTheKnownImages() {
    // pixels 0 1 / 2 3: blank, full, left bar 1010, right bar 0101, top 1100, bottom 0011
    assertArrayEquals(new int[] {0b0000, 0b0011, 0b0101, 0b1010, 0b1100, 0b1111},
        BarsAndStripes.patterns(2, 2));
  }

  @Test
  void isPatternAgreesWithTheList() {
    int[] patterns = BarsAndStripes.patterns(3, 3);
    for (int k = 0; k < 512; k++) {
      int index = k;
      assertEquals(Arrays.stream(patterns).anyMatch(p -> p == index),
          BarsAndStripes.isPattern(k, 3, 3), "index " + k);
    }
  }

  @Test
  void distributionIsUniformOnPatterns() {
    double[] p = BarsAndStripes.distribution(3, 3);
    assertEquals(512, p.length);
    assertEquals(1, Arrays.stream(p).sum(), 1e-12);
    assertEquals(1.0 / 14, p[0b111000000], 1e-15);
    assertEquals(0, p[0b100000000]);
  }

  @Test
  void rendersRowsOfPixels() {
    assertEquals("#.#\n#.#\n#.#\n", BarsAndStripes.render(0b101101101, 3, 3));
  }

  @Test
  void badGridIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BarsAndStripes.patterns(0, 3));
    assertEquals("rows, cols: expected a grid of 1 to 20 pixels, got 0 x 3", e.getMessage());
  }
}
