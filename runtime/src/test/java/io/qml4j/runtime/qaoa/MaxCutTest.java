package io.qml4j.runtime.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.observable.PauliSum;
import org.junit.jupiter.api.Test;

class MaxCutTest {
  @Test
  void costHamiltonianCountsTheCutWeightOfEveryAssignment() {
    Graph g = Graph.weighted(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}},
        new double[] {1, 2, 0.5, 3, -1});
    IsingCost c = MaxCut.cost(g);
    for (int k = 0; k < 16; k++) {
      int[] sides = new int[4];
      for (int i = 0; i < 4; i++) {
        sides[i] = (k >> (3 - i)) & 1;
      }
      assertEquals(MaxCut.cutValue(g, sides), c.value(k), 1e-12, "assignment " + k);
    }
  }

  @Test
  void costHamiltonianHasTheTextbookForm() {
    Graph triangle = Graph.of(3, new int[][] {{0, 1}, {1, 2}, {2, 0}});
    assertEquals(PauliSum.parse("1.5 - 0.5 Z0 Z1 - 0.5 Z1 Z2 - 0.5 Z0 Z2"),
        MaxCut.costHamiltonian(triangle));
  }

  @Test
  void bruteForceKnowsTheClassicalOptima() {
    assertEquals(12, MaxCut.bruteForce(Graph.hypercube(3)).value(), 0, "bipartite: every edge");
    assertEquals(9, MaxCut.bruteForce(Graph.completeBipartite(3, 3)).value(), 0);
    assertEquals(2, MaxCut.bruteForce(Graph.cycle(3)).value(), 0);
    assertEquals(4, MaxCut.bruteForce(Graph.cycle(5)).value(), 0, "odd cycle: all but one");
    Solution s = MaxCut.bruteForce(Graph.cycle(20));
    assertEquals(20, s.value(), 0);
    assertEquals(20, MaxCut.cutValue(Graph.cycle(20), s.bits()), 0);
  }

  @Test
  void bruteForceOnTwentyNodesMatchesAKnownValue() {
    // Two disjoint copies of the Petersen graph (max cut 12 each) on 20 nodes.
    int[][] petersen = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 5}, {1, 6}, {2, 7}, {3, 8},
        {4, 9}, {5, 7}, {7, 9}, {9, 6}, {6, 8}, {8, 5}};
    int[][] edges = new int[30][];
    for (int e = 0; e < 15; e++) {
      edges[e] = petersen[e];
      edges[15 + e] = new int[] {petersen[e][0] + 10, petersen[e][1] + 10};
    }
    assertEquals(24, MaxCut.bruteForce(Graph.of(20, edges)).value(), 0);
  }

  @Test
  void cutValueChecksTheAssignmentLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MaxCut.cutValue(Graph.cycle(3), new int[] {0, 1}));
    assertEquals("sides: expected one per node (3), got 2", e.getMessage());
  }
}
