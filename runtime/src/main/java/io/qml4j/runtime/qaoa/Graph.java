package io.qml4j.runtime.qaoa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An undirected graph on nodes {@code 0 .. nodes-1} given by an edge list, with a weight per edge
 * (1 for an unweighted graph). Immutable; arrays are copied in and out. Construction rejects a
 * self loop, an edge given twice (in either orientation), a negative or out-of-range node and a
 * non-finite weight, naming the offending edge.
 */
public final class Graph {
  /** Most nodes: one qubit per node, and a state of 2^24 amplitudes is 256 MiB. */
  public static final int MAX_NODES = 24;

  private final int nodes;
  private final int[][] edges;
  private final double[] weights;
  private final boolean weighted;

  private Graph(int nodes, int[][] edges, double[] weights, boolean weighted) {
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "nodes: expected 1..%d, got %d", MAX_NODES, nodes));
    }
    if (edges == null) {
      throw new IllegalArgumentException("edges: expected an edge list, got null");
    }
    if (weights != null && weights.length != edges.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "weights: expected one per edge (%d), got %d", edges.length, weights.length));
    }
    Map<Long, Integer> seen = new HashMap<>();
    int[][] copy = new int[edges.length][];
    for (int e = 0; e < edges.length; e++) {
      int[] edge = edges[e];
      if (edge == null || edge.length != 2) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: edge %d must be a pair of nodes, got %s", e, Arrays.toString(edge)));
      }
      int u = edge[0], v = edge[1];
      if (u < 0 || v < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: edge %d (%d, %d) has a negative node", e, u, v));
      }
      if (u >= nodes || v >= nodes) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: edge %d (%d, %d) uses node %d, but the graph has %d node(s) (0..%d)",
            e, u, v, Math.max(u, v), nodes, nodes - 1));
      }
      if (u == v) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: edge %d (%d, %d) is a self loop", e, u, v));
      }
      long key = (long) Math.min(u, v) * MAX_NODES + Math.max(u, v);
      Integer earlier = seen.putIfAbsent(key, e);
      if (earlier != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: edge %d (%d, %d) repeats edge %d (%d, %d)",
            e, u, v, earlier, edges[earlier][0], edges[earlier][1]));
      }
      if (weights != null && !Double.isFinite(weights[e])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "weights: edge %d (%d, %d) has weight %s, expected a finite number",
            e, u, v, weights[e]));
      }
      copy[e] = new int[] {u, v};
    }
    this.nodes = nodes;
    this.edges = copy;
    this.weights = new double[edges.length];
    for (int e = 0; e < edges.length; e++) {
      this.weights[e] = weights == null ? 1 : weights[e];
    }
    this.weighted = weighted;
  }

  /** An unweighted graph (every weight 1). */
  public static Graph of(int nodes, int[][] edges) {
    return new Graph(nodes, edges, null, false);
  }

  /** A weighted graph, one finite weight per edge. */
  public static Graph weighted(int nodes, int[][] edges, double[] weights) {
    if (weights == null) {
      throw new IllegalArgumentException("weights: expected one per edge, got null");
    }
    return new Graph(nodes, edges, weights, true);
  }

  /**
   * The d-dimensional hypercube Q_d: 2^d nodes, an edge between labels differing in one bit. Q3,
   * the cube, is 3-regular and triangle-free.
   */
  public static Graph hypercube(int dimension) {
    if (dimension < 1 || 1 << dimension > MAX_NODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "dimension: expected 1..%d, got %d",
          31 - Integer.numberOfLeadingZeros(MAX_NODES), dimension));
    }
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < 1 << dimension; u++) {
      for (int b = 0; b < dimension; b++) {
        int v = u ^ (1 << b);
        if (u < v) {
          edges.add(new int[] {u, v});
        }
      }
    }
    return of(1 << dimension, edges.toArray(new int[0][]));
  }

  /** The complete bipartite graph K_(a,b): nodes 0..a-1 each joined to nodes a..a+b-1. */
  public static Graph completeBipartite(int a, int b) {
    if (a < 1 || b < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a, b: expected both at least 1, got %d and %d", a, b));
    }
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < a; u++) {
      for (int v = a; v < a + b; v++) {
        edges.add(new int[] {u, v});
      }
    }
    return of(a + b, edges.toArray(new int[0][]));
  }

  /** The cycle C_n, n at least 3. */
  public static Graph cycle(int n) {
    if (n < 3) {
      throw new IllegalArgumentException("n: a cycle needs at least 3 nodes, got " + n);
    }
    int[][] edges = new int[n][];
    for (int i = 0; i < n; i++) {
      edges[i] = new int[] {i, (i + 1) % n};
    }
    return of(n, edges);
  }

  /** Number of nodes. */
  public int nodes() {
    return nodes;
  }

  /** Number of edges. */
  public int edgeCount() {
    return edges.length;
  }

  /** The edges as {u, v} pairs, in the order given (a fresh copy). */
  public int[][] edges() {
    int[][] copy = new int[edges.length][];
    for (int e = 0; e < edges.length; e++) {
      copy[e] = edges[e].clone();
    }
    return copy;
  }

  /** The endpoint k (0 or 1) of edge e, without copying. */
  public int endpoint(int e, int k) {
    return edges[e][k];
  }

  /** The weights, one per edge (all 1 for an unweighted graph; a fresh copy). */
  public double[] weights() {
    return weights.clone();
  }

  /** The weight of edge e. */
  public double weight(int e) {
    return weights[e];
  }

  /** Whether the graph was built with explicit weights. */
  public boolean isWeighted() {
    return weighted;
  }

  /** The number of edges at a node. */
  public int degree(int node) {
    int d = 0;
    for (int[] edge : edges) {
      if (edge[0] == node || edge[1] == node) {
        d++;
      }
    }
    return d;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Graph(").append(nodes).append(" nodes, [");
    for (int e = 0; e < edges.length; e++) {
      b.append(e == 0 ? "" : ", ").append(edges[e][0]).append('-').append(edges[e][1]);
      if (weighted) {
        b.append(':').append(weights[e]);
      }
    }
    return b.append("])").toString();
  }
}
