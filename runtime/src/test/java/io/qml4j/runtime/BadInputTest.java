package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input is rejected at the boundary with an IllegalArgumentException naming the argument, the
 * expected and the actual, and leaves the builder and the state as they were.
 */
class BadInputTest {
  private static IllegalArgumentException rejects(Executable call, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part),
          () -> "message \"" + e.getMessage() + "\" should contain \"" + part + "\"");
    }
    return e;
  }

  private static CircuitBuilder builderWithOneGate() {
    CircuitBuilder q = new CircuitBuilder(3);
    q.h(0);
    return q;
  }

  private static void assertUnchanged(CircuitBuilder q) {
    Circuit expected = builderWithOneGate().build();
    assertEquals(expected, q.build(), "builder changed by a rejected call");
  }

  @Test
  void wireOutOfRange() {
    CircuitBuilder q = builderWithOneGate();
    rejects(() -> q.ry(3, 0.1), "wires", "3", "0..2");
    rejects(() -> q.cnot(0, -1), "wires", "-1");
    rejects(() -> q.multiRZ(0.3, 0, 5), "wires", "5");
    rejects(() -> q.pauliRot(0.3, "XZ", 1, 7), "wires", "7");
    rejects(() -> q.unitary(Gate.X.matrix(), 9), "wires", "9");
    assertUnchanged(q);
  }

  @Test
  void repeatedWire() {
    CircuitBuilder q = builderWithOneGate();
    rejects(() -> q.cnot(2, 2), "wires", "repeats wire 2");
    rejects(() -> q.toffoli(0, 1, 0), "wires", "repeats wire 0");
    rejects(() -> q.pauliRot(0.3, "XY", 1, 1), "wires", "repeats wire 1");
    rejects(() -> Operation.of(Gate.SWAP, new int[] {1, 1}), "wires", "repeats wire 1");
    assertUnchanged(q);
  }

  @Test
  void nanOrInfiniteAngle() {
    CircuitBuilder q = builderWithOneGate();
    rejects(() -> q.rx(0, Double.NaN), "angles", "NaN");
    rejects(() -> q.rot(1, 0.1, Double.POSITIVE_INFINITY, 0.2), "angles", "angle 1", "Infinity");
    rejects(() -> q.pauliRot(Double.NEGATIVE_INFINITY, "Z", 0), "angles", "-Infinity");
    rejects(() -> Operation.of(Gate.RY, new int[] {0}, Double.NaN), "angles", "NaN");
    rejects(() -> Operation.of(Gate.RY, new int[] {0}, 0.1).withAngles(Double.NaN), "NaN");
    assertUnchanged(q);
  }

  @Test
  void nonUnitaryMatrix() {
    CircuitBuilder q = builderWithOneGate();
    rejects(() -> q.unitary(new double[] {1, 0, 1, 0, 0, 0, 1, 0}, 0), "matrix", "not unitary");
    rejects(() -> q.unitary(new double[] {Double.NaN, 0, 0, 0, 0, 0, 1, 0}, 0), "matrix", "NaN");
    assertUnchanged(q);
  }

  @Test
  void wrongMatrixSize() {
    CircuitBuilder q = builderWithOneGate();
    rejects(() -> q.unitary(new double[6], 0), "matrix", "expected 8", "got 6");
    rejects(() -> q.unitary(Gate.X.matrix(), 0, 1), "matrix", "expected 32", "got 8");
    assertUnchanged(q);
  }

  @Test
  void tooManyQubitsForTheHeap() {
    long maxHeap = Runtime.getRuntime().maxMemory();
    // the smallest state bigger than the whole heap, within what an array can index
    int qubits = 1;
    while ((16L << qubits) <= maxHeap && qubits < StateVector.MAX_QUBITS) {
      qubits++;
    }
    int tooMany = qubits;
    if ((16L << tooMany) > maxHeap) {
      rejects(() -> StateVector.allocate(tooMany), "qubits", "MiB", "-Xmx");
      rejects(() -> StateVector.zero(tooMany), "qubits");
    }
    rejects(() -> StateVector.allocate(StateVector.MAX_QUBITS + 1), "qubits", "expected 1..");
    rejects(() -> StateVector.allocate(0), "qubits", "got 0");
  }

  @Test
  void simulatorRejectsMismatchesAndLeavesTheStateAlone() {
    StateVector state = StateVector.zero(2);
    double[] before = state.amplitudes().clone();
    Circuit three = builderWithOneGate().build();
    rejects(() -> Simulator.apply(state, three), "circuit", "3", "2");
    rejects(() -> ParallelSimulator.apply(state, three, 2), "circuit", "3", "2");
    rejects(() -> ParallelSimulator.apply(state, new CircuitBuilder(2).build(), 0), "threads");
    double[] s = state.amplitudes();
    rejects(() -> Simulator.apply(s, 2, Operation.of(Gate.X, new int[] {2})), "op", "wire 2");
    rejects(() -> Simulator.apply(new double[6], 2, Operation.of(Gate.X, new int[] {0})),
        "s", "expected 8", "got 6");
    assertArrayEquals(before, state.amplitudes());
  }
}
