package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Operation;
import java.util.Arrays;

/** The current placement of logical qubits on physical ones, updated by SWAPs. */
final class Layout {
  private final int[] physicalOf;
  private final int[] logicalOf;

  Layout(int[] logicalToPhysical, int physicalQubits) {
    physicalOf = logicalToPhysical.clone();
    logicalOf = new int[physicalQubits];
    Arrays.fill(logicalOf, -1);
    for (int l = 0; l < physicalOf.length; l++) {
      logicalOf[physicalOf[l]] = l;
    }
  }

  int physical(int logical) {
    return physicalOf[logical];
  }

  void swap(int p, int q) {
    int a = logicalOf[p], b = logicalOf[q];
    logicalOf[p] = b;
    logicalOf[q] = a;
    if (a >= 0) {
      physicalOf[a] = q;
    }
    if (b >= 0) {
      physicalOf[b] = p;
    }
  }

  /** The operation on the physical qubits its logical wires sit on now. */
  Operation place(Operation op) {
    int[] wires = new int[op.arity()];
    for (int k = 0; k < wires.length; k++) {
      wires[k] = physicalOf[op.wire(k)];
    }
    return Circuits.onWires(op, wires);
  }

  int[] logicalToPhysical() {
    return physicalOf.clone();
  }
}
