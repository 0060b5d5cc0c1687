package io.qml4j.runtime.qaoa;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;

/**
 * MaxCut as an Ising cost: {@code C = sum_(u,v) w_uv (1 - Z_u Z_v) / 2} counts the weight of the
 * edges whose endpoints lie on different sides (Farhi, Goldstone and Gutmann 2014, sec. IV). Node i
 * is wire i; bit i is its side.
 */
public final class MaxCut {
  private MaxCut() {}

  /** The cost Hamiltonian {@code C = sum w (1 - Z_u Z_v) / 2}. */
  public static PauliSum costHamiltonian(Graph graph) {
    List<PauliSum.Term> terms = new ArrayList<>();
    for (int e = 0; e < graph.edgeCount(); e++) {
      int u = graph.endpoint(e, 0), v = graph.endpoint(e, 1);
      double w = graph.weight(e);
      terms.add(new PauliSum.Term(w / 2, PauliString.identity()));
      terms.add(new PauliSum.Term(-w / 2,
          PauliString.parse("Z" + Math.min(u, v) + " Z" + Math.max(u, v))));
    }
    return PauliSum.of(terms);
  }

  /** The cost as an {@link IsingCost} on one qubit per node. */
  public static IsingCost cost(Graph graph) {
    return IsingCost.of(costHamiltonian(graph), graph.nodes());
  }

  /** The weight of the edges cut by an assignment of a side (0 or 1) to every node. */
  public static double cutValue(Graph graph, int[] sides) {
    if (sides == null || sides.length != graph.nodes()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "sides: expected one per node (%d), got %s", graph.nodes(),
          sides == null ? "null" : Integer.toString(sides.length)));
    }
    double cut = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      if (sides[graph.endpoint(e, 0)] != sides[graph.endpoint(e, 1)]) {
        cut += graph.weight(e);
      }
    }
    return cut;
  }

  /**
   * The maximum cut by brute force over every assignment (up to
   * {@value IsingCost#MAX_BRUTE_FORCE_QUBITS} nodes; 20 nodes take well under a second).
   */
  public static Solution bruteForce(Graph graph) {
    return cost(graph).maximum();
  }
}
