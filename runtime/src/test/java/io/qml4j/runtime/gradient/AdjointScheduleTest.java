package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.observable.PauliSum;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The runtime's backward sweep fuses steps by {@code BackwardSchedule}: rotation pairs on one
 * wire, and a CNOT with the pair that follows on its target. A circuit with every case (ring links
 * with the control above and below the target, rotations waiting across other wires, a fixed
 * rotation that blocks a join, rotations on a CNOT's control, inputs in the angles) must give the
 * same gradient by adjoint as by parameter shift and by central differences.
 */
class AdjointScheduleTest {
  @Test
  void fusedStepsGiveTheSameGradientAsParameterShiftAndFiniteDifferences() {
    ParametrizedCircuit c = ring(4);
    PauliSum h = PauliSum.parse("Z0 + 0.5 X3 Y1 - 0.25 Z2");

    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 3; trial++) {
      double[] theta = RandomCircuits.uniform(random, c.thetaCount(), -Math.PI, Math.PI);
      double[] x = RandomCircuits.uniform(random, 2, -1, 1);
      Gradient adjoint = Adjoint.gradient(c, theta, x, h);
      Gradient shift = ParameterShift.gradient(c, theta, x, h);
      assertEquals(shift.value(), adjoint.value(), 1e-12);
      assertArrayEquals(shift.theta(), adjoint.theta(), 1e-10);
      assertArrayEquals(shift.x(), adjoint.x(), 1e-10);
      assertArrayEquals(RandomCircuits.finiteDifferenceTheta(c, theta, x, h), adjoint.theta(),
          1e-7);
      assertArrayEquals(RandomCircuits.finiteDifferenceX(c, theta, x, h), adjoint.x(), 1e-7);
      double largest = 0;
      for (double d : adjoint.theta()) {
        largest = Math.max(largest, Math.abs(d));
      }
      assertTrue(largest > 1e-2, "a vanishing gradient would make the comparison vacuous");
    }
  }

  /**
   * Two HEA layers on n wires (RY, RZ with an input in one angle, CNOT ring), then gates that
   * exercise the other cases of the schedule on wires 0..3.
   */
  private static ParametrizedCircuit ring(int n) {
    ParametrizedBuilder b = new ParametrizedBuilder(n, 4 * n + 7, 2);
    int k = 0;
    for (int l = 0; l < 2; l++) {
      for (int i = 0; i < n; i++) {
        b.ry(i, Param.theta(k++));
      }
      for (int i = 0; i < n; i++) {
        b.rz(i, i == 1 ? Param.product(k++, 0) : Param.theta(k++));
      }
      for (int i = 0; i < n; i++) {
        b.gate(Gate.CNOT, new int[] {i, (i + 1) % n}, new double[0]);
      }
    }
    b.rx(2, Param.theta(k++));
    b.gate(Gate.CNOT, new int[] {3, 2}, new double[0]);
    b.gate(Gate.RY, new int[] {2}, 0.4);
    b.rz(2, Param.theta(k++));
    b.rx(0, Param.x(1));
    b.rx(1, Param.theta(k++));
    b.crx(0, 1, Param.theta(k++));
    b.rz(3, Param.theta(k++));
    b.gate(Gate.CNOT, new int[] {3, 1}, new double[0]);
    b.rx(3, Param.theta(k++));
    b.ry(3, Param.theta(k++));
    return b.build();
  }

  @Test
  void twoThreadsGiveTheSameGradientAsOne() {
    // 17 qubits: above the parallel threshold, with steps on the top wire that stay whole
    int n = ParallelSimulator.PARALLEL_THRESHOLD_QUBITS + 1;
    ParametrizedCircuit c = ring(n);
    PauliSum h = PauliSum.parse("Z0 Z" + (n - 1) + " + 0.5 X3 Y1 - 0.25 Z5");
    SplittableRandom random = new SplittableRandom(9);
    double[] theta = RandomCircuits.uniform(random, c.thetaCount(), -Math.PI, Math.PI);
    double[] x = RandomCircuits.uniform(random, 2, -1, 1);
    Gradient one = Adjoint.gradient(c, theta, x, h);
    for (int threads : new int[] {2, 3}) {
      Gradient parallel = Adjoint.gradient(c, theta, x, h, threads);
      assertEquals(one.value(), parallel.value(), 0, "the forward sweep is bit for bit");
      assertArrayEquals(one.theta(), parallel.theta(), 1e-13, threads + " threads");
      assertArrayEquals(one.x(), parallel.x(), 1e-13, threads + " threads");
    }
    Gradient shift = ParameterShift.gradient(c, theta, x, h);
    assertArrayEquals(shift.theta(), Adjoint.gradient(c, theta, x, h, 2).theta(), 1e-10);
  }
}
