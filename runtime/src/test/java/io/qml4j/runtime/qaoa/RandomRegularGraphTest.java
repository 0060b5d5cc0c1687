package io.qml4j.runtime.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Regular, simple, reproducible; impossible degree sums refused. */
class RandomRegularGraphTest {
  @Test
  void everyNodeHasDegreeThreeAndSeedsRepeat() {
    for (int n = 4; n <= 20; n += 2) {
      Graph g = RandomRegularGraph.generate(n, 3, n);
      assertEquals(3 * n / 2, g.edgeCount());
      for (int[] e : g.edges()) {
        assertTrue(e[0] < e[1], Arrays.toString(e));
      }
      for (int v = 0; v < n; v++) {
        assertEquals(3, g.degree(v), "node " + v + " of " + n);
      }
      assertEquals(Arrays.deepToString(g.edges()),
          Arrays.deepToString(RandomRegularGraph.generate(n, 3, n).edges()));
    }
  }

  @Test
  void oddDegreeSumIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> RandomRegularGraph.generate(7, 3, 1));
  }
}
