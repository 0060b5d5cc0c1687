package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency graph of a gate list: gate j depends on gate i when i is the last earlier gate
 * on one of j's wires. Routing walks it from the front layer, the gates whose predecessors have
 * all been placed.
 */
final class GateDag {
  final List<Operation> operations;
  final int[][] successors;
  final int[] predecessorCount;

  GateDag(List<Operation> operations, int qubits) {
    this.operations = operations;
    int size = operations.size();
    int[] last = new int[qubits];
    Arrays.fill(last, -1);
    List<List<Integer>> next = new ArrayList<>();
    predecessorCount = new int[size];
    for (int i = 0; i < size; i++) {
      next.add(new ArrayList<>(2));
      Operation op = operations.get(i);
      for (int k = 0; k < op.arity(); k++) {
        int previous = last[op.wire(k)];
        if (previous >= 0 && !next.get(previous).contains(i)) {
          next.get(previous).add(i);
          predecessorCount[i]++;
        }
        last[op.wire(k)] = i;
      }
    }
    successors = new int[size][];
    for (int i = 0; i < size; i++) {
      successors[i] = next.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
