package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@link Router#SABRE}: Li, Ding and Xie, "Tackling the Qubit Mapping Problem for NISQ-Era
 * Quantum Devices", ASPLOS 2019. Gates of the front layer that can run are placed; otherwise the
 * SWAP on an edge touching a front-layer qubit that minimises the heuristic of their Algorithm 1,
 * {@code max(decay) (sum_F D / |F| + W sum_E D / |E|)}, is inserted, F the front layer and E the
 * next {@value #EXTENDED_SIZE} two-qubit gates. The initial layout comes from their reverse
 * traversal: route forward, then the reversed circuit from the layout reached, and start from
 * where that ends; the best of several seeded starting layouts is kept.
 */
final class SabreRouter {
  /** Size of the extended (lookahead) set, as in the paper. */
  static final int EXTENDED_SIZE = 20;
  /** Weight W of the extended set, as in the paper. */
  static final double EXTENDED_WEIGHT = 0.5;
  /** Decay added to a qubit on each SWAP it takes part in (the paper's delta). */
  static final double DECAY_STEP = 0.001;
  /** SWAPs without progress after which decay is reset, as Qiskit's SabreSwap does. */
  static final int DECAY_RESET = 5;
  /** Starting layouts tried; the one needing fewest SWAPs wins. */
  static final int LAYOUT_TRIALS = 4;

  private SabreRouter() {}

  /** Chooses a layout by reverse traversal and routes the circuit from it. */
  static Routed route(List<Operation> operations, int logical, CouplingMap map, long seed) {
    List<Operation> reversed = new ArrayList<>(operations);
    Collections.reverse(reversed);
    GateDag forward = new GateDag(operations, logical);
    GateDag backward = new GateDag(reversed, logical);
    SplittableRandom random = new SplittableRandom(seed);
    Routed best = null;
    for (int trial = 0; trial < LAYOUT_TRIALS; trial++) {
      int[] layout = trial == 0 ? denseLayout(logical, map) : randomLayout(logical, map, random);
      layout = pass(forward, logical, map, layout, random.split()).finalLayout();
      layout = pass(backward, logical, map, layout, random.split()).finalLayout();
      Routed routed = pass(forward, logical, map, layout, random.split());
      if (best == null || routed.swaps() < best.swaps()) {
        best = routed;
      }
    }
    return best;
  }

  /** Logical qubits on a connected patch grown breadth-first from a best-connected qubit. */
  static int[] denseLayout(int logical, CouplingMap map) {
    int start = 0;
    for (int q = 0; q < map.qubits(); q++) {
      if (map.neighboursView(q).length > map.neighboursView(start).length) {
        start = q;
      }
    }
    int[] layout = new int[logical];
    boolean[] seen = new boolean[map.qubits()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    seen[start] = true;
    int placed = 0;
    while (placed < logical) {
      int q = queue.poll();
      layout[placed++] = q;
      for (int p : map.neighboursView(q)) {
        if (!seen[p]) {
          seen[p] = true;
          queue.add(p);
        }
      }
    }
    return layout;
  }

  private static int[] randomLayout(int logical, CouplingMap map, SplittableRandom random) {
    int[] physical = new int[map.qubits()];
    for (int q = 0; q < physical.length; q++) {
      physical[q] = q;
    }
    for (int q = physical.length - 1; q > 0; q--) {
      int j = random.nextInt(q + 1);
      int t = physical[q];
      physical[q] = physical[j];
      physical[j] = t;
    }
    int[] layout = new int[logical];
    System.arraycopy(physical, 0, layout, 0, logical);
    return layout;
  }

  /** One routing pass over the DAG from the given layout. */
  static Routed pass(GateDag dag, int logical, CouplingMap map, int[] initialLayout,
      SplittableRandom random) {
    Layout layout = new Layout(initialLayout, map.qubits());
    int[] waiting = dag.predecessorCount.clone();
    List<Integer> front = new ArrayList<>();
    for (int i = 0; i < waiting.length; i++) {
      if (waiting[i] == 0) {
        front.add(i);
      }
    }
    double[] decay = new double[map.qubits()];
    Arrays.fill(decay, 1);
    List<Operation> out = new ArrayList<>(dag.operations.size());
    int swaps = 0, swapsWithoutProgress = 0;
    while (!front.isEmpty()) {
      if (placeExecutable(dag, layout, map, front, waiting, out)) {
        Arrays.fill(decay, 1);
        swapsWithoutProgress = 0;
        continue;
      }
      if (swapsWithoutProgress > 2 * map.qubits()) {
        // the heuristic is circling: walk the first blocked gate together (Qiskit's release
        // valve), which always makes progress
        Operation blocked = dag.operations.get(front.get(0));
        int[] path = map.shortestPath(layout.physical(blocked.wire(0)),
            layout.physical(blocked.wire(1)));
        for (int k = 0; k + 2 < path.length; k++) {
          out.add(Operation.of(Gate.SWAP, new int[] {path[k], path[k + 1]}));
          layout.swap(path[k], path[k + 1]);
          swaps++;
        }
        swapsWithoutProgress = 0;
        continue;
      }
      int[] swap = bestSwap(dag, layout, map, front, waiting, decay, random);
      out.add(Operation.of(Gate.SWAP, swap));
      layout.swap(swap[0], swap[1]);
      decay[swap[0]] += DECAY_STEP;
      decay[swap[1]] += DECAY_STEP;
      swaps++;
      if (++swapsWithoutProgress % DECAY_RESET == 0) {
        Arrays.fill(decay, 1);
      }
    }
    return new Routed(out, initialLayout.clone(), layout.logicalToPhysical(), swaps);
  }

  /** Places every front gate that can run, and those they release; whether any was placed. */
  private static boolean placeExecutable(GateDag dag, Layout layout, CouplingMap map,
      List<Integer> front, int[] waiting, List<Operation> out) {
    boolean placed = false;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int k = 0; k < front.size(); k++) {
        int i = front.get(k);
        Operation op = dag.operations.get(i);
        if (op.arity() == 2 && !map.adjacent(layout.physical(op.wire(0)),
            layout.physical(op.wire(1)))) {
          continue;
        }
        out.add(layout.place(op));
        front.remove(k--);
        for (int s : dag.successors[i]) {
          if (--waiting[s] == 0) {
            front.add(s);
          }
        }
        placed = true;
        progress = true;
      }
    }
    return placed;
  }

  private static int[] bestSwap(GateDag dag, Layout layout, CouplingMap map, List<Integer> front,
      int[] waiting, double[] decay, SplittableRandom random) {
    List<Integer> extended = extendedSet(dag, front, waiting);
    List<int[]> candidates = new ArrayList<>();
    for (int i : front) {
      Operation op = dag.operations.get(i);
      for (int k = 0; k < 2; k++) {
        int p = layout.physical(op.wire(k));
        for (int q : map.neighboursView(p)) {
          candidates.add(new int[] {Math.min(p, q), Math.max(p, q)});
        }
      }
    }
    double bestScore = Double.POSITIVE_INFINITY;
    List<int[]> best = new ArrayList<>();
    for (int[] swap : candidates) {
      layout.swap(swap[0], swap[1]);
      double score = Math.max(decay[swap[0]], decay[swap[1]])
          * (distanceSum(dag, layout, map, front) / front.size()
          + (extended.isEmpty() ? 0
              : EXTENDED_WEIGHT * distanceSum(dag, layout, map, extended) / extended.size()));
      layout.swap(swap[0], swap[1]);
      if (score < bestScore - 1e-12) {
        bestScore = score;
        best.clear();
        best.add(swap);
      } else if (Math.abs(score - bestScore) <= 1e-12) {
        best.add(swap);
      }
    }
    return best.get(random.nextInt(best.size()));
  }

  private static double distanceSum(GateDag dag, Layout layout, CouplingMap map,
      List<Integer> gates) {
    double sum = 0;
    for (int i : gates) {
      Operation op = dag.operations.get(i);
      sum += map.distance(layout.physical(op.wire(0)), layout.physical(op.wire(1)));
    }
    return sum;
  }

  /** The next two-qubit gates after the front layer, in breadth-first order. */
  private static List<Integer> extendedSet(GateDag dag, List<Integer> front, int[] waiting) {
    List<Integer> extended = new ArrayList<>();
    Map<Integer, Integer> left = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>(front);
    while (!queue.isEmpty() && extended.size() < EXTENDED_SIZE) {
      int i = queue.poll();
      for (int s : dag.successors[i]) {
        int remaining = left.getOrDefault(s, waiting[s]) - 1;
        left.put(s, remaining);
        if (remaining == 0) {
          if (dag.operations.get(s).arity() == 2) {
            extended.add(s);
          }
          queue.add(s);
        }
      }
    }
    return extended;
  }
}
