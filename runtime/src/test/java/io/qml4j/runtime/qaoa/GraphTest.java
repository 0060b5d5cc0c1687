package io.qml4j.runtime.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GraphTest {
  private static String error(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void rejectsASelfLoop() {
    assertEquals("edges: edge 1 (2, 2) is a self loop",
        error(() -> Graph.of(3, new int[][] {{0, 1}, {2, 2}})));
  }

  @Test
  void rejectsARepeatedEdgeInEitherOrientation() {
    assertEquals("edges: edge 2 (0, 1) repeats edge 0 (0, 1)",
        error(() -> Graph.of(3, new int[][] {{0, 1}, {1, 2}, {0, 1}})));
    assertEquals("edges: edge 2 (1, 0) repeats edge 0 (0, 1)",
        error(() -> Graph.of(3, new int[][] {{0, 1}, {1, 2}, {1, 0}})));
  }

  @Test
  void rejectsNegativeAndOutOfRangeNodes() {
    assertEquals("edges: edge 0 (-1, 2) has a negative node",
        error(() -> Graph.of(3, new int[][] {{-1, 2}})));
    assertEquals("edges: edge 0 (0, 3) uses node 3, but the graph has 3 node(s) (0..2)",
        error(() -> Graph.of(3, new int[][] {{0, 3}})));
  }

  @Test
  void rejectsBadWeightsAndShapes() {
    assertEquals("weights: expected one per edge (2), got 1",
        error(() -> Graph.weighted(3, new int[][] {{0, 1}, {1, 2}}, new double[] {1})));
    assertEquals("weights: edge 1 (1, 2) has weight NaN, expected a finite number",
        error(() -> Graph.weighted(3, new int[][] {{0, 1}, {1, 2}}, new double[] {1, Double.NaN})));
    assertEquals("edges: edge 0 must be a pair of nodes, got [0, 1, 2]",
        error(() -> Graph.of(3, new int[][] {{0, 1, 2}})));
    assertEquals("nodes: expected 1..24, got 0", error(() -> Graph.of(0, new int[0][])));
  }

  @Test
  void namedGraphsHaveTheirShapes() {
    Graph cube = Graph.hypercube(3);
    assertEquals(8, cube.nodes());
    assertEquals(12, cube.edgeCount());
    Graph k33 = Graph.completeBipartite(3, 3);
    assertEquals(6, k33.nodes());
    assertEquals(9, k33.edgeCount());
    for (int v = 0; v < 8; v++) {
      assertEquals(3, cube.degree(v));
    }
    for (int v = 0; v < 6; v++) {
      assertEquals(3, k33.degree(v));
    }
    assertEquals(5, Graph.cycle(5).edgeCount());
    assertFalse(cube.isWeighted());
    assertTrue(Graph.weighted(2, new int[][] {{0, 1}}, new double[] {2.5}).isWeighted());
  }

  @Test
  void copiesItsInput() {
    int[][] edges = {{0, 1}};
    Graph g = Graph.of(2, edges);
    edges[0][1] = 0;
    g.edges()[0][0] = 1;
    assertEquals(0, g.endpoint(0, 0));
    assertEquals(1, g.endpoint(0, 1));
  }
}
