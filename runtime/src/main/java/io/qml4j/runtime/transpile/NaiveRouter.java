package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;

/** {@link Router#NAIVE}: shortest-path SWAPs before each uncoupled CNOT. */
final class NaiveRouter {
  private NaiveRouter() {}

  static Routed route(List<Operation> operations, int logical, CouplingMap map,
      int[] initialLayout) {
    Layout layout = new Layout(initialLayout, map.qubits());
    List<Operation> out = new ArrayList<>();
    int swaps = 0;
    for (Operation op : operations) {
      if (op.arity() == 2) {
        int a = layout.physical(op.wire(0)), b = layout.physical(op.wire(1));
        int[] path = map.shortestPath(a, b);
        for (int k = 0; k + 2 < path.length; k++) {
          out.add(Operation.of(Gate.SWAP, new int[] {path[k], path[k + 1]}));
          layout.swap(path[k], path[k + 1]);
          swaps++;
        }
      }
      out.add(layout.place(op));
    }
    return new Routed(out, initialLayout.clone(), layout.logicalToPhysical(), swaps);
  }
}
