package io.qml4j.runtime.transpile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which pairs of physical qubits a device can act on with a two-qubit gate: an undirected,
 * connected graph on qubits {@code 0..n-1}, with the shortest-path distances routing needs.
 * Immutable. Factories give a line, a ring, a fully connected map and IBM's 27-qubit heavy-hex
 * Falcon layout.
 */
public final class CouplingMap {
  /**
   * The 28 couplers of IBM's 27-qubit Falcon processors (ibmq_montreal, ibm_cairo, ...), as
   * Qiskit's {@code FakeMontreal} lists them: the heavy-hex lattice of degree-2 and degree-3
   * qubits.
   */
  private static final int[][] FALCON_27 = {
      {0, 1}, {1, 2}, {1, 4}, {2, 3}, {3, 5}, {4, 7}, {5, 8}, {6, 7}, {7, 10}, {8, 9}, {8, 11},
      {10, 12}, {11, 14}, {12, 13}, {12, 15}, {13, 14}, {14, 16}, {15, 18}, {16, 19}, {17, 18},
      {18, 21}, {19, 20}, {19, 22}, {21, 23}, {22, 25}, {23, 24}, {24, 25}, {25, 26}};

  private final String name;
  private final int qubits;
  private final List<int[]> edges;
  private final boolean[][] adjacent;
  private final int[][] distance;
  private final int[][] neighbours;

  private CouplingMap(String name, int qubits, List<int[]> edges) {
    this.name = name;
    this.qubits = qubits;
    this.adjacent = new boolean[qubits][qubits];
    List<int[]> copy = new ArrayList<>();
    for (int[] e : edges) {
      if (e.length != 2 || e[0] < 0 || e[1] < 0 || e[0] >= qubits || e[1] >= qubits
          || e[0] == e[1]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "edges: %s is not a pair of distinct qubits in 0..%d", Arrays.toString(e),
            qubits - 1));
      }
      if (!adjacent[e[0]][e[1]]) {
        adjacent[e[0]][e[1]] = true;
        adjacent[e[1]][e[0]] = true;
        copy.add(new int[] {Math.min(e[0], e[1]), Math.max(e[0], e[1])});
      }
    }
    this.edges = Collections.unmodifiableList(copy);
    this.neighbours = new int[qubits][];
    for (int q = 0; q < qubits; q++) {
      int count = 0;
      for (int p = 0; p < qubits; p++) {
        count += adjacent[q][p] ? 1 : 0;
      }
      neighbours[q] = new int[count];
      count = 0;
      for (int p = 0; p < qubits; p++) {
        if (adjacent[q][p]) {
          neighbours[q][count++] = p;
        }
      }
    }
    this.distance = new int[qubits][];
    for (int q = 0; q < qubits; q++) {
      distance[q] = breadthFirst(q);
      for (int p = 0; p < qubits; p++) {
        if (distance[q][p] < 0) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "edges: qubits %d and %d are not connected; a coupling map must be connected",
              q, p));
        }
      }
    }
  }

  /**
   * A coupling map of the given undirected edges.
   *
   * @param name a name for messages and drawings
   * @param qubits the number of physical qubits, at least 1
   * @param edges pairs of distinct qubits; duplicates and reversed pairs are merged
   * @return the map
   * @throws IllegalArgumentException if an edge is out of range or the graph is not connected
   */
  public static CouplingMap of(String name, int qubits, List<int[]> edges) {
    Objects.requireNonNull(name, "name");
    if (qubits < 1) {
      throw new IllegalArgumentException("qubits: expected at least 1, got " + qubits);
    }
    return new CouplingMap(name, qubits, edges);
  }

  /** Qubits {@code 0 - 1 - ... - (n-1)} in a line. */
  public static CouplingMap line(int qubits) {
    List<int[]> edges = new ArrayList<>();
    for (int q = 0; q + 1 < qubits; q++) {
      edges.add(new int[] {q, q + 1});
    }
    return of("line-" + qubits, qubits, edges);
  }

  /** A line closed into a ring, {@code n-1 - 0} coupled too. */
  public static CouplingMap ring(int qubits) {
    if (qubits < 3) {
      throw new IllegalArgumentException("qubits: a ring needs at least 3, got " + qubits);
    }
    List<int[]> edges = new ArrayList<>();
    for (int q = 0; q < qubits; q++) {
      edges.add(new int[] {q, (q + 1) % qubits});
    }
    return of("ring-" + qubits, qubits, edges);
  }

  /** Every pair coupled, as on a trapped-ion device. */
  public static CouplingMap full(int qubits) {
    List<int[]> edges = new ArrayList<>();
    for (int a = 0; a < qubits; a++) {
      for (int b = a + 1; b < qubits; b++) {
        edges.add(new int[] {a, b});
      }
    }
    return of("full-" + qubits, qubits, edges);
  }

  /** IBM's 27-qubit heavy-hex Falcon layout (28 couplers, degrees 1 to 3). */
  public static CouplingMap heavyHex27() {
    return of("heavy-hex-27", 27, Arrays.asList(FALCON_27));
  }

  private int[] breadthFirst(int from) {
    int[] d = new int[qubits];
    Arrays.fill(d, -1);
    d[from] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      int q = queue.poll();
      for (int p : neighbours[q]) {
        if (d[p] < 0) {
          d[p] = d[q] + 1;
          queue.add(p);
        }
      }
    }
    return d;
  }

  /** The map's name. */
  public String name() {
    return name;
  }

  /** The number of physical qubits. */
  public int qubits() {
    return qubits;
  }

  /** The undirected edges, each {@code {low, high}}, in the order first given. */
  public List<int[]> edges() {
    List<int[]> out = new ArrayList<>();
    for (int[] e : edges) {
      out.add(e.clone());
    }
    return out;
  }

  /** Whether two physical qubits are coupled. */
  public boolean adjacent(int a, int b) {
    return adjacent[a][b];
  }

  /** The number of edges on a shortest path between two physical qubits. */
  public int distance(int a, int b) {
    return distance[a][b];
  }

  /** The qubits coupled to q, increasing. */
  public int[] neighbours(int q) {
    return neighbours[q].clone();
  }

  int[] neighboursView(int q) {
    return neighbours[q];
  }

  /** A shortest path from a to b, both included. */
  public int[] shortestPath(int a, int b) {
    int[] path = new int[distance[a][b] + 1];
    path[0] = a;
    int at = a;
    for (int k = 1; k < path.length; k++) {
      for (int p : neighbours[at]) {
        if (distance[p][b] == distance[at][b] - 1) {
          at = p;
          break;
        }
      }
      path[k] = at;
    }
    return path;
  }

  @Override
  public String toString() {
    return name + " (" + qubits + " qubits, " + edges.size() + " couplers)";
  }
}
