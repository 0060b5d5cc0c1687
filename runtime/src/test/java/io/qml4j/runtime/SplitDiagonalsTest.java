package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A diagonal followed by a real matrix on a wire (how an adjoint sweep un-applies an RY-RZ layer)
 * is compiled as a diagonal pass before the real kernels; with a third gate on the wire the
 * diagonal folds back into a general matrix. Against the dense path gate by gate, with and without
 * diagonal runs (up to and beyond {@link DiagonalRun#TABLE_QUBITS} qubits).
 */
class SplitDiagonalsTest {
  private static final double TOLERANCE = 1e-12;

  @ParameterizedTest
  @ValueSource(ints = {3, 6, 12})
  void diagonalsBeforeRealMatricesMatchTheDensePath(int n) {
    SplittableRandom rnd = new SplittableRandom(n);
    List<Operation> ops = new ArrayList<>();
    for (int layer = 0; layer < 3; layer++) {
      for (int w = 0; w < n; w++) {
        ops.add(Operation.of(Gate.RZ, new int[] {w}, rnd.nextDouble(-3, 3)));
      }
      ops.add(Operation.of(Gate.S, new int[] {0}));
      for (int w = 0; w < n; w++) {
        ops.add(Operation.of(Gate.RY, new int[] {w}, rnd.nextDouble(-3, 3)));
      }
      ops.add(Operation.of(Gate.RX, new int[] {1}, rnd.nextDouble(-3, 3)));
      ops.add(Operation.of(Gate.T, new int[] {2}));
      for (int w = n - 1; w >= 0; w--) {
        ops.add(Operation.of(Gate.CNOT, new int[] {w, (w + 1) % n}));
      }
      ops.add(Operation.of(Gate.CONTROLLED_PHASE, new int[] {0, n - 1}, 0.3));
    }
    double[] state = RandomCircuits.state(rnd, n);
    double[] dense = state.clone();
    Simulator.apply(StateVector.wrap(n, state), new Circuit(n, ops));
    for (Operation op : ops) {
      Simulator.applyDense(dense, n, op);
    }
    double diff = Dense.maxDifference(dense, state);
    assertTrue(diff < TOLERANCE, "differs by " + diff);
  }
}
