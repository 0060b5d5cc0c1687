package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Every gate, on adjacent, non-adjacent and reversed wires of 3- and 4-qubit states, maps every
 * basis state to the matching column of its documented matrix embedded by Kronecker products.
 */
class GateOnBasisStatesTest {
  private static final double TOLERANCE = 1e-12;

  /** Wire placements per arity: in order, spread out, reversed and shuffled. */
  private static final int[][][] PLACEMENTS = {
      {},
      {{0}, {2}, {3}},
      {{0, 1}, {2, 3}, {0, 3}, {3, 1}, {1, 0}},
      {{0, 1, 2}, {1, 2, 3}, {0, 2, 3}, {3, 1, 0}, {2, 0, 1}},
      {{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}},
  };

  @Test
  void everyGateOnEveryBasisStateMatchesTheDocumentedMatrix() {
    SplittableRandom rnd = new SplittableRandom(21);
    for (int n = 3; n <= 4; n++) {
      for (Operation op : operations(rnd, n)) {
        ZMatrixRMaj full = Dense.full(n, op);
        for (int basis = 0; basis < 1 << n; basis++) {
          double[] s = new double[2 << n];
          s[2 * basis] = 1;
          Simulator.apply(s, n, op);
          for (int row = 0; row < 1 << n; row++) {
            double dr = s[2 * row] - full.getReal(row, basis);
            double di = s[2 * row + 1] - full.getImag(row, basis);
            String where = String.format("%s on %d qubits: <%d|U|%d> differs by %.3g",
                op, n, row, basis, Math.hypot(dr, di));
            assertTrue(Math.hypot(dr, di) < TOLERANCE, where);
          }
        }
      }
    }
  }

  private static List<Operation> operations(SplittableRandom rnd, int n) {
    List<Operation> ops = new ArrayList<>();
    for (Gate gate : Gate.values()) {
      int arity = gate.wires() == Gate.ANY_WIRES ? 0 : gate.wires();
      if (arity > n) {
        continue;
      }
      if (arity == 0) {
        for (int[][] placements : PLACEMENTS) {
          for (int[] wires : placements) {
            if (fitsIn(wires, n) && (gate != Gate.UNITARY || wires.length <= 2)) {
              ops.add(variableArity(rnd, gate, wires));
            }
          }
        }
        continue;
      }
      for (int[] wires : PLACEMENTS[arity]) {
        if (fitsIn(wires, n)) {
          double[] angles = new double[gate.params()];
          for (int k = 0; k < angles.length; k++) {
            angles[k] = RandomCircuits.angle(rnd);
          }
          ops.add(Operation.of(gate, wires, angles));
        }
      }
    }
    return ops;
  }

  private static Operation variableArity(SplittableRandom rnd, Gate gate, int[] wires) {
    switch (gate) {
      case MULTI_RZ:
        return Operation.of(gate, wires, RandomCircuits.angle(rnd));
      case PAULI_ROT: {
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < wires.length; k++) {
          word.append("IXYZ".charAt(rnd.nextInt(4)));
        }
        return Operation.pauliRot(RandomCircuits.angle(rnd), word.toString(), wires);
      }
      default:
        return Operation.unitary(RandomCircuits.unitary(rnd, 1 << wires.length), wires);
    }
  }

  private static boolean fitsIn(int[] wires, int n) {
    for (int w : wires) {
      if (w >= n) {
        return false;
      }
    }
    return true;
  }
}
