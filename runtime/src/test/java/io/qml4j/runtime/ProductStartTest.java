package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Runs from |0...0> that start from the product of the wires' leading single-qubit gates
 * ({@link ProductStart}) give the state of running every gate, to 1e-12: random single-qubit gates
 * of every kind first (some wires none), then random gates of every kind, some single-qubit gates
 * after a wire's first multi-qubit gate; and the parallel run gives the serial one bit for bit.
 */
class ProductStartTest {
  @Test
  void productStartEqualsRunningEveryGate() {
    SplittableRandom rnd = new SplittableRandom(60);
    List<Gate> single = new ArrayList<>();
    for (Gate g : Gate.values()) {
      if (g.wires() == 1) {
        single.add(g);
      }
    }
    for (int n : new int[] {ProductStart.MIN_QUBITS, 13, 14}) {
      List<Operation> ops = new ArrayList<>();
      for (int k = 0; k < 3 * n; k++) {
        int wire = rnd.nextInt(n - 1);
        Gate g = single.get(rnd.nextInt(single.size()));
        double[] angles = new double[g.params()];
        for (int a = 0; a < angles.length; a++) {
          angles[a] = rnd.nextDouble(-Math.PI, Math.PI);
        }
        ops.add(Operation.of(g, new int[] {wire}, angles));
      }
      ops.addAll(RandomCircuits.circuit(rnd, n, 20).operations());
      Circuit circuit = new Circuit(n, ops);
      ProductStart start = ProductStart.of(circuit);
      if (!ProductStart.ENABLED) {
        assertNull(start, "off");
        continue;
      }
      assertNotNull(start, n + " qubits: the leading gates start as a product");
      assertTrue(start.rest().size() < circuit.size(), "the leading gates leave the circuit");
      double[] expected = new double[2 << n];
      expected[0] = 1;
      Simulator.compile(circuit).run(expected);
      double[] actual = Simulator.run(circuit).amplitudes();
      for (int i = 0; i < expected.length; i++) {
        assertTrue(Math.abs(expected[i] - actual[i]) < 1e-12,
            n + " qubits, amplitude " + i / 2 + ": " + expected[i] + " vs " + actual[i]);
      }
      assertArrayEquals(actual, ParallelSimulator.run(circuit, 2).amplitudes(), 0.0,
          "two threads");
      // whatever the array held before, every amplitude is written
      double[] reused = new double[2 << n];
      java.util.Arrays.fill(reused, Double.NaN);
      start.fill(reused);
      double[] fresh = new double[2 << n];
      start.fill(fresh);
      assertArrayEquals(fresh, reused, 0.0, n + " qubits: a filled array keeps nothing it held");
    }
  }

  @Test
  void smallStatesAndCircuitsWithoutLeadingGatesRunAsTheyAre() {
    assertNull(ProductStart.of(new CircuitBuilder(ProductStart.MIN_QUBITS - 1).build()));
    CircuitBuilder b = new CircuitBuilder(ProductStart.MIN_QUBITS);
    b.cnot(0, 1);
    b.ry(0, 0.3);
    assertNull(ProductStart.of(b.build()), "a wire's gates after its CNOT stay in the circuit");
  }
}
