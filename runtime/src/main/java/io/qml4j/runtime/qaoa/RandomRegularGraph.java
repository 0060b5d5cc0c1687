package io.qml4j.runtime.qaoa;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random d-regular graphs by the pairing (configuration) model of Bollobas (1980): shuffle
 * d copies of every node, pair them up in order, and start again when a pair is a loop or repeats
 * an edge. For small d the expected number of restarts is a constant (about e^((d^2 - 1) / 4)).
 * The same seed gives the same graph: QAOA benchmarks, the showcase and the transpiler's routing
 * table all draw their random regular graphs here.
 */
public final class RandomRegularGraph {
  /** Restarts allowed before giving up; far above the few that d = 3 needs. */
  private static final int MAX_ATTEMPTS = 10_000;

  private RandomRegularGraph() {}

  /**
   * A random {@code degree}-regular graph on {@code nodes} nodes, each edge written with its
   * smaller node first, in the order the pairing drew them.
   *
   * @param nodes the number of nodes, more than {@code degree}
   * @param degree every node's degree, at least 1, with {@code nodes * degree} even
   * @param seed the seed
   * @return the graph
   * @throws IllegalArgumentException if no such graph exists
   */
  public static Graph generate(int nodes, int degree, long seed) {
    if (degree < 1 || degree >= nodes || (nodes * degree) % 2 != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "nodes, degree: a %d-regular graph needs more than %d nodes and an even nodes x degree, "
              + "got %d nodes", degree, degree, nodes));
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] stubs = new int[nodes * degree];
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      for (int i = 0; i < stubs.length; i++) {
        stubs[i] = i / degree;
      }
      for (int i = stubs.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = stubs[i];
        stubs[i] = stubs[j];
        stubs[j] = t;
      }
      int[][] edges = pairs(stubs, nodes);
      if (edges != null) {
        return Graph.of(nodes, edges);
      }
    }
    throw new IllegalStateException("no simple " + degree + "-regular graph on " + nodes
        + " nodes after " + MAX_ATTEMPTS + " attempts");
  }

  /** The edges of consecutive stub pairs, or null when one is a loop or a repeat. */
  private static int[][] pairs(int[] stubs, int nodes) {
    int[][] edges = new int[stubs.length / 2][];
    Set<Long> seen = new HashSet<>();
    for (int k = 0; k < edges.length; k++) {
      int u = Math.min(stubs[2 * k], stubs[2 * k + 1]);
      int v = Math.max(stubs[2 * k], stubs[2 * k + 1]);
      if (u == v || !seen.add((long) u * nodes + v)) {
        return null;
      }
      edges[k] = new int[] {u, v};
    }
    return edges;
  }
}
