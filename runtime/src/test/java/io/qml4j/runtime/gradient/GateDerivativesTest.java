package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Derivative matrices and kernels against central differences of the reference matrices in
 * {@link GateMatrices} and of the simulator's own kernels, for every angle of every gate.
 */
class GateDerivativesTest {
  private static final double STEP = 1e-6;
  /** Central differences of sines and cosines at step 1e-6: error about 1e-10. */
  private static final double FD_TOLERANCE = 1e-8;
  private static final int QUBITS = 5;

  @Test
  void everyAngleOfEveryGateMatchesCentralDifferencesOfItsMatrix() {
    SplittableRandom random = new SplittableRandom(3);
    for (Operation op : everyParametrizedOperation(random)) {
      for (int p = 0; p < op.gate().params(); p++) {
        double[] plus = op.angles(), minus = op.angles();
        plus[p] += STEP;
        minus[p] -= STEP;
        double[] mPlus = op.withAngles(plus).matrix();
        double[] mMinus = op.withAngles(minus).matrix();
        double[] expected = new double[mPlus.length];
        for (int i = 0; i < expected.length; i++) {
          expected[i] = (mPlus[i] - mMinus[i]) / (2 * STEP);
        }
        assertArrayEquals(expected, GateDerivatives.matrix(op, p), FD_TOLERANCE,
            op + " angle " + p);
      }
    }
  }

  @Test
  void multiAngleGatesFactorIntoSingleAngleGatesExactly() {
    SplittableRandom random = new SplittableRandom(5);
    for (Gate gate : new Gate[] {Gate.ROT, Gate.U3, Gate.CROT}) {
      for (int trial = 0; trial < 5; trial++) {
        double[] angles = RandomCircuits.uniform(random, 3, -7, 7);
        double[] product = null;
        for (Factorization.Factor f : Factorization.of(gate)) {
          double[] m = f.gate().matrix(angles[f.angle()]);
          product = product == null ? m : GateMatrices.multiply(m, product);
        }
        assertArrayEquals(gate.matrix(angles), product, 1e-14, gate.toString());
      }
    }
  }

  @Test
  void stridedKernelsAndOverlapsMatchDifferencesOfSimulatedStates() {
    SplittableRandom random = new SplittableRandom(7);
    double[] ket = randomState(random, QUBITS);
    double[] bra = randomState(random, QUBITS);
    for (Operation op : everyParametrizedOperation(random)) {
      int[] strides = Adjoint.strides(QUBITS, op);
      for (int p = 0; p < op.gate().params(); p++) {
        double[] plus = op.angles(), minus = op.angles();
        plus[p] += STEP;
        minus[p] -= STEP;
        double[] sPlus = ket.clone(), sMinus = ket.clone();
        Simulator.apply(sPlus, QUBITS, op.withAngles(plus));
        Simulator.apply(sMinus, QUBITS, op.withAngles(minus));
        double[] expected = new double[ket.length];
        for (int i = 0; i < expected.length; i++) {
          expected[i] = (sPlus[i] - sMinus[i]) / (2 * STEP);
        }
        double[] actual = ket.clone();
        if (op.gate() == Gate.PAULI_ROT) {
          GateDerivatives.applyPauliRot(actual, strides, op.word(), op.angle(0));
        } else {
          GateDerivatives.apply(actual, op.gate(), strides, op.angles(), p);
        }
        assertArrayEquals(expected, actual, FD_TOLERANCE, op + " angle " + p);
        double fused = Overlaps.real(bra, ket, strides, GateDerivatives.matrix(op, p));
        assertEquals(Overlaps.real(bra, actual), fused, 1e-13, op + " angle " + p);
      }
    }
  }

  @Test
  void generatorTimesGateIsTheDerivativeForEverySingleAngleGate() {
    SplittableRandom random = new SplittableRandom(9);
    for (Operation op : everyParametrizedOperation(random)) {
      if (op.gate().params() != 1) {
        continue;
      }
      double[] product = GateMatrices.multiply(GateDerivatives.generator(op), op.matrix());
      assertArrayEquals(GateDerivatives.matrix(op, 0), product, 1e-15, op.toString());
      if (op.gate().wires() != Gate.ANY_WIRES) {
        assertArrayEquals(GateDerivatives.generator(op), GateDerivatives.generator(op.gate()), 0);
      }
    }
  }

  @Test
  void aGateWithoutThatAngleIsRejectedNamingTheArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GateDerivatives.matrix(Gate.RX, new double[] {0.1}, 1));
    assertTrue(e.getMessage().startsWith("p:"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> GateDerivatives.matrix(Gate.H, new double[0], 0));
    assertTrue(e.getMessage().startsWith("p:"), e.getMessage());
  }

  /** Every parameterised gate on random distinct wires of a QUBITS-qubit register. */
  static List<Operation> everyParametrizedOperation(SplittableRandom random) {
    List<Operation> ops = new ArrayList<>();
    for (Gate gate : RandomCircuits.PARAMETERISED) {
      for (int trial = 0; trial < 3; trial++) {
        double[] angles = RandomCircuits.uniform(random, gate.params(), -7, 7);
        if (gate == Gate.PAULI_ROT) {
          ops.add(Operation.pauliRot(angles[0], "XYZ", wires(random, 3)));
        } else if (gate == Gate.MULTI_RZ) {
          ops.add(Operation.of(gate, wires(random, 3), angles));
        } else {
          ops.add(Operation.of(gate, wires(random, gate.wires()), angles));
        }
      }
    }
    return ops;
  }

  static int[] wires(SplittableRandom random, int count) {
    List<Integer> pool = new ArrayList<>();
    for (int w = 0; w < QUBITS; w++) {
      pool.add(w);
    }
    int[] wires = new int[count];
    for (int i = 0; i < count; i++) {
      wires[i] = pool.remove(random.nextInt(pool.size()));
    }
    return wires;
  }

  static double[] randomState(SplittableRandom random, int n) {
    double[] s = RandomCircuits.uniform(random, 2 << n, -1, 1);
    double norm = Math.sqrt(Overlaps.real(s, s));
    for (int i = 0; i < s.length; i++) {
      s[i] /= norm;
    }
    return s;
  }
}
