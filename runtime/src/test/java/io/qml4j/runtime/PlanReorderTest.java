package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.kernel.Plan;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Plans move gates on the high wires into earlier stages past gates on other wires
 * ({@code Plan.schedule}): the result equals the circuit's order to rounding on circuits of every
 * gate kind, a hardware-efficient ansatz takes two passes per layer, and the two-thread plan, whose
 * tiles are smaller, gives the serial plan's numbers bit for bit.
 */
class PlanReorderTest {
  @Test
  void reorderedPlansEqualTheCircuitOrder() {
    SplittableRandom rnd = new SplittableRandom(71);
    int movedSomewhere = 0;
    for (int n : new int[] {16, 18}) {
      CircuitBuilder q = new CircuitBuilder(n);
      for (int k = 0; k < 160; k++) {
        // mostly single-qubit gates and CNOTs, as in layered ansaetze, among every other kind
        Gate gate = k % 4 == 3 ? Gate.values()[rnd.nextInt(Gate.values().length)]
            : k % 4 == 2 ? Gate.CNOT : rnd.nextBoolean() ? Gate.RY : Gate.RZ;
        q.append(new Circuit(n, List.of(RandomCircuits.op(rnd, n, gate, 6))));
      }
      Circuit circuit = q.build();
      double[] start = RandomCircuits.state(rnd, n);
      double[] expected = start.clone();
      for (Operation op : circuit.operations()) {
        // one gate per plan: nothing to reorder
        Simulator.compile(new Circuit(n, List.of(op))).run(expected);
      }
      Plan plan = Simulator.compile(circuit);
      movedSomewhere += plan.movedGates();
      double[] actual = start.clone();
      plan.run(actual);
      double largest = 0;
      for (double v : expected) {
        largest = Math.max(largest, Math.abs(v));
      }
      assertArrayEquals(expected, actual, 1e-12 * largest, n + " qubits");
    }
    assertTrue(movedSomewhere > 0, "some gates were moved, so the comparison tested the order");
  }

  @Test
  void hardwareEfficientAnsatzTakesTwoPassesPerLayer() {
    int n = 20, layers = 5;
    Circuit circuit = hea(n, layers, new SplittableRandom(72));
    Plan plan = Simulator.compile(circuit);
    // without moving gates the next layer's high RY gates cost a pass each layer: 20 stages
    assertTrue(plan.stages() <= 2 * layers + 2, "stages: " + plan.stages());
    assertTrue(plan.movedGates() > 0, "the next layer's high-wire rotations moved");
  }

  @Test
  void twoThreadsGiveTheSerialNumbersBitForBit() {
    for (int n : new int[] {16, 17}) {
      Circuit circuit = hea(n, 6, new SplittableRandom(73 + n));
      double[] serial = Simulator.run(circuit).amplitudes();
      assertArrayEquals(serial, ParallelSimulator.run(circuit, 2).amplitudes(), n + " qubits");
    }
  }

  /** {@link HeaReferenceTest#hea}'s ansatz at random angles in (-3, 3). */
  private static Circuit hea(int n, int layers, SplittableRandom rnd) {
    double[] theta = new double[2 * n * layers];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = rnd.nextDouble(-3, 3);
    }
    return HeaReferenceTest.hea(n, layers, theta);
  }
}
