package io.qml4j.runtime.transpile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TranspilerTest {
  /** Amplitudes equal to this after removing one global phase: rounding of ~100 gates. */
  private static final double TOLERANCE = 1e-10;
  private static final int CIRCUITS = 200;

  private static void checkMany(CouplingMap map, NativeGateSet gates, int circuits, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Transpiler transpiler = Transpiler.to(map, gates).withSeed(seed);
    for (int c = 0; c < circuits; c++) {
      int n = 3 + random.nextInt(Math.min(6, map.qubits() - 2));
      Circuit original = RandomCircuits.of(n, 10 + random.nextInt(20), random);
      TranspileResult result = transpiler.transpile(original);
      for (Operation op : result.circuit().operations()) {
        assertTrue(gates.isNative(op), () -> op + " is not native to " + gates);
        if (op.arity() == 2) {
          assertTrue(map.adjacent(op.wire(0), op.wire(1)), () -> op + " on uncoupled qubits");
        }
      }
      double distance = Equivalence.distance(original, result, 2, random);
      int index = c;
      assertTrue(distance < TOLERANCE, () -> "circuit " + index + " on " + map + ": "
          + distance + "\n" + original);
    }
  }

  @Test
  void twoHundredRandomCircuitsOnALineEqualTheirOriginals() {
    checkMany(CouplingMap.line(8), NativeGateSet.IBM_CX, CIRCUITS, 1);
  }

  @Test
  void twoHundredRandomCircuitsOnARingEqualTheirOriginals() {
    checkMany(CouplingMap.ring(8), NativeGateSet.IBM_CX, CIRCUITS, 2);
  }

  @Test
  void twoHundredRandomCircuitsOnHeavyHexEqualTheirOriginals() {
    checkMany(CouplingMap.heavyHex27(), NativeGateSet.IBM_CX, CIRCUITS, 3);
  }

  @Test
  void ecrCzAndIonTrapSetsEqualTheirOriginals() {
    checkMany(CouplingMap.heavyHex27(), NativeGateSet.IBM_ECR, 50, 4);
    checkMany(CouplingMap.heavyHex27(), NativeGateSet.IBM_CZ, 50, 7);
    checkMany(CouplingMap.full(6), NativeGateSet.ION_TRAP, 50, 5);
  }

  @Test
  void naiveRouterAlsoEqualsTheOriginal() {
    SplittableRandom random = new SplittableRandom(6);
    Transpiler naive = Transpiler.to(CouplingMap.heavyHex27(), NativeGateSet.IBM_CX)
        .withRouter(Router.NAIVE);
    for (int c = 0; c < 30; c++) {
      Circuit original = RandomCircuits.of(3 + random.nextInt(6), 20, random);
      assertTrue(Equivalence.distance(original, naive.transpile(original), 2, random)
          < TOLERANCE);
    }
  }

  @Test
  void ecrMatrixIsIxMinusXyOverRootTwo() {
    // (I (x) X) exp(-i pi/4 X (x) Z), as derived in NativeGateSet
    double[] ix = GateMatrices.kron(Gate.I.matrix(), 2, Gate.X.matrix(), 2);
    double[] rxz = GateMatrices.pauliRot("XZ", Math.PI / 2);
    double[] product = new double[32];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        for (int k = 0; k < 4; k++) {
          double ar = ix[2 * (4 * r + k)], ai = ix[2 * (4 * r + k) + 1];
          double br = rxz[2 * (4 * k + c)], bi = rxz[2 * (4 * k + c) + 1];
          product[2 * (4 * r + c)] += ar * br - ai * bi;
          product[2 * (4 * r + c) + 1] += ar * bi + ai * br;
        }
      }
    }
    assertArrayEquals(NativeGateSet.ECR_MATRIX, product, 1e-15);
    // the gate table's native ECR is the same matrix, and the ion-free IBM set emits it
    assertArrayEquals(NativeGateSet.ECR_MATRIX, Gate.ECR.matrix(), 1e-15);
    List<Operation> ops = new ArrayList<>();
    NativeGateSet.IBM_ECR.cnot(0, 1, ops);
    assertTrue(ops.stream().anyMatch(op -> op.gate() == Gate.ECR), ops.toString());
  }

  @Test
  void adjacentCircuitNeedsNoSwaps() {
    CircuitBuilder b = new CircuitBuilder(5);
    for (int q = 0; q + 1 < 5; q++) {
      b.cnot(q, q + 1);
    }
    TranspileResult r = Transpiler.to(CouplingMap.line(5), NativeGateSet.IBM_CX)
        .transpile(b.build());
    assertEquals(0, r.swapsAdded());
    assertEquals(4, r.after().multiQubitGates());
  }

  @Test
  void singleQubitRunsMergeIntoAtMostFiveNativeGates() {
    CircuitBuilder b = new CircuitBuilder(1);
    b.h(0);
    b.rx(0, 0.3);
    b.t(0);
    b.ry(0, 1.1);
    b.s(0);
    TranspileResult r = Transpiler.to(CouplingMap.line(1), NativeGateSet.IBM_CX)
        .transpile(b.build());
    assertTrue(r.after().gates() <= 5, r.report());
    assertTrue(Equivalence.distance(b.build(), r, 2, new SplittableRandom(1)) < TOLERANCE);
  }

  @Test
  void circuitWiderThanTheDeviceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Transpiler.to(CouplingMap.line(5), NativeGateSet.IBM_CX).transpile(
            new Circuit(6, List.of())));
    assertTrue(e.getMessage().contains("6 qubits do not fit the 5 qubits of line-5"),
        e.getMessage());
  }

  @Test
  void twoQubitUnitaryCannotBeTranslated() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.unitary(Gate.CNOT.matrix(), 0, 1);
    UntranslatableGateException e = assertThrows(UntranslatableGateException.class,
        () -> Transpiler.to(CouplingMap.line(2), NativeGateSet.IBM_CX).transpile(b.build()));
    assertTrue(e.getMessage().contains("Unitary on 2 wires cannot be translated"),
        e.getMessage());
  }

  @Test
  void equivalenceCheckDetectsAMissingGate() {
    Circuit original = RandomCircuits.of(4, 20, new SplittableRandom(9));
    TranspileResult r = Transpiler.to(CouplingMap.line(4), NativeGateSet.IBM_CX)
        .transpile(original);
    List<Operation> ops = new java.util.ArrayList<>(r.circuit().operations());
    ops.remove(ops.size() / 2);
    TranspileResult broken = new TranspileResult(new Circuit(4, ops), r.initialLayout(),
        r.finalLayout(), r.swapsAdded(), r.before(), r.after());
    assertTrue(Equivalence.distance(original, broken, 2, new SplittableRandom(1)) > 1e-3);
  }
}
