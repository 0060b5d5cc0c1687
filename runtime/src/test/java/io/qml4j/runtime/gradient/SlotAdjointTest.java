package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SlotAdjoint}, what generated models of 10 qubits and more call: random circuits of every
 * gate kind, bound, with about a third of their angles left constant, differentiated with
 * respect to every other angle (a slot) and checked against central differences of exact
 * expectations with that one angle moved; on 5 qubits (the gate-by-gate sweep) and 10 (the sweep
 * by points). A second binding, with other slot values and the same constants, checks that the
 * slot circuit kept from the first call reads each call's angles.
 */
class SlotAdjointTest {
  @ParameterizedTest
  @ValueSource(ints = {5, 10})
  void slotDerivativesMatchCentralDifferencesForTwoBindings(int n) {
    SplittableRandom random = new SplittableRandom(41 + n);
    ParametrizedCircuit c = RandomCircuits.circuit(n, 6, 3, 7 + n);
    Circuit first = c.bind(RandomCircuits.uniform(random, 6, -2, 2),
        RandomCircuits.uniform(random, 3, -1, 1));
    StringBuilder masks = new StringBuilder();
    int slots = 0;
    for (int g = 0; g < first.operations().size(); g++) {
      int mask = 0;
      for (int k = 0; k < first.operations().get(g).gate().params(); k++) {
        if ((g + k) % 3 != 0) {
          mask |= 1 << k;
          slots++;
        }
      }
      masks.append((char) ('0' + mask));
    }
    SlotAdjoint adjoint = SlotAdjoint.of(n, slots, masks.toString());
    PauliSum h = RandomCircuits.observable(n, random);
    check(adjoint, first, masks.toString(), h);
    check(adjoint, rebind(first, masks.toString(), random), masks.toString(), h);
  }

  @Test
  void jacobianRowsAndTheVectorJacobianProductAgreeWithSingleGradients() {
    SplittableRandom random = new SplittableRandom(5);
    Circuit bound = RandomCircuits.circuit(10, 4, 1, 3).bind(
        RandomCircuits.uniform(random, 4, -2, 2), new double[] {0.7});
    String masks = allSlots(bound);
    int slots = countSlots(masks);
    SlotAdjoint adjoint = SlotAdjoint.of(10, slots, masks);
    List<PauliSum> hs = List.of(RandomCircuits.observable(10, random),
        RandomCircuits.observable(10, random));
    Jacobian j = adjoint.jacobian(bound, hs);
    double[] v = {0.3, -1.2};
    Gradient vjp = adjoint.vectorJacobianProduct(bound, hs, v);
    assertEquals(v[0] * j.values()[0] + v[1] * j.values()[1], vjp.value(), 1e-12);
    for (int i = 0; i < 2; i++) {
      Gradient single = adjoint.gradient(bound, hs.get(i));
      assertEquals(single.value(), j.values()[i], 1e-12);
      for (int s = 0; s < slots; s++) {
        assertEquals(single.theta()[s], j.theta()[i][s], 1e-11, "row " + i + " slot " + s);
      }
    }
    for (int s = 0; s < slots; s++) {
      assertEquals(v[0] * j.theta()[0][s] + v[1] * j.theta()[1][s], vjp.theta()[s], 1e-11);
    }
  }

  @Test
  void badArgumentsAreRejectedNamingThem() {
    Circuit bound = new Circuit(2, List.of(Operation.of(Gate.RY, new int[] {0}, 0.3),
        Operation.of(Gate.CNOT, new int[] {0, 1})));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SlotAdjoint.of(2, 1, null))
        .getMessage().startsWith("masks:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SlotAdjoint.of(2, 1, "1~"))
        .getMessage().startsWith("masks:"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SlotAdjoint.of(2, 2, "10"))
        .getMessage().startsWith("slots:"));
    PauliSum z = PauliSum.z(0);
    SlotAdjoint overreach = SlotAdjoint.of(2, 1, "01");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> overreach.gradient(bound, z))
        .getMessage().contains("gate 1 (CNOT) has 0 angle(s)"));
    SlotAdjoint ok = SlotAdjoint.of(2, 1, "10");
    Circuit short1 = new Circuit(2, bound.operations().subList(0, 1));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ok.gradient(short1, z))
        .getMessage().startsWith("bound: expected the model's 2 gate(s)"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ok.gradient(bound, null))
        .getMessage().startsWith("h:"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ok.vectorJacobianProduct(bound, List.of(z), new double[2]))
        .getMessage().startsWith("cotangent:"));
    // still usable after the refusals
    assertEquals(-Math.sin(0.3), ok.gradient(bound, z).theta()[0], 1e-14);
  }

  private static void check(SlotAdjoint adjoint, Circuit bound, String masks, PauliSum h) {
    Gradient g = adjoint.gradient(bound, h);
    assertEquals(Expectation.of(Simulator.run(bound), h), g.value(), 1e-12);
    int s = 0;
    for (int op = 0; op < bound.operations().size(); op++) {
      for (int k = 0; k < 6; k++) {
        if ((masks.charAt(op) - '0' >> k & 1) != 0) {
          double fd = (moved(bound, op, k, RandomCircuits.STEP, h)
              - moved(bound, op, k, -RandomCircuits.STEP, h)) / (2 * RandomCircuits.STEP);
          assertEquals(fd, g.theta()[s++], 1e-7, "gate " + op + " angle " + k);
        }
      }
    }
    assertEquals(g.theta().length, s);
  }

  /** The expectation with angle k of gate op moved by delta. */
  private static double moved(Circuit bound, int op, int k, double delta, PauliSum h) {
    List<Operation> ops = new ArrayList<>(bound.operations());
    double[] angles = ops.get(op).angles().clone();
    angles[k] += delta;
    ops.set(op, ops.get(op).withAngles(angles));
    return Expectation.of(Simulator.run(new Circuit(bound.qubits(), ops)), h);
  }

  /** The same circuit with new values for the slots, the constants kept. */
  private static Circuit rebind(Circuit bound, String masks, SplittableRandom random) {
    List<Operation> ops = new ArrayList<>(bound.operations());
    for (int g = 0; g < ops.size(); g++) {
      double[] angles = ops.get(g).angles().clone();
      for (int k = 0; k < angles.length; k++) {
        if ((masks.charAt(g) - '0' >> k & 1) != 0) {
          angles[k] = random.nextDouble(-3, 3);
        }
      }
      if (angles.length > 0) {
        ops.set(g, ops.get(g).withAngles(angles));
      }
    }
    return new Circuit(bound.qubits(), ops);
  }

  private static String allSlots(Circuit bound) {
    StringBuilder masks = new StringBuilder();
    for (Operation op : bound.operations()) {
      masks.append((char) ('0' + (1 << op.gate().params()) - 1));
    }
    return masks.toString();
  }

  private static int countSlots(String masks) {
    int count = 0;
    for (int g = 0; g < masks.length(); g++) {
      count += Integer.bitCount(masks.charAt(g) - '0');
    }
    return count;
  }
}
