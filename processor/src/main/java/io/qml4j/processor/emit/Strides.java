package io.qml4j.processor.emit;

import io.qml4j.processor.ir.GateOp;

/**
 * Amplitude strides of the wires of an n-qubit state: wire w has stride 2^(n-1-w), since wire 0
 * is the most significant bit of a basis index. Generated kernel calls take strides as literals.
 */
final class Strides {
  private final int qubits;

  Strides(int qubits) {
    this.qubits = qubits;
  }

  /** The number of qubits of the state. */
  int qubits() {
    return qubits;
  }

  /** The stride of a wire. */
  int of(int wire) {
    return 1 << (qubits - 1 - wire);
  }

  /** The stride of wire k of a gate. */
  int of(GateOp g, int k) {
    return of(g.wire(k));
  }
}
