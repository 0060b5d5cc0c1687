package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.kernel.ParallelPlanRunner;
import io.qml4j.runtime.kernel.Plan;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random circuits over every gate (user unitaries and PauliRot with random words included) against
 * the independent dense simulator; and every execution variant (fused, unfused, cache-blocked with
 * any tile size, parallel) against the serial engine.
 */
class RandomCircuitTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void randomCircuitsMatchTheDenseReference() {
    SplittableRandom rnd = new SplittableRandom(31);
    for (int n = 1; n <= 6; n++) {
      for (int trial = 0; trial < 3; trial++) {
        Circuit circuit = RandomCircuits.circuit(rnd, n, 20);
        double[] expected = new double[2 << n];
        expected[0] = 1;
        for (Operation op : circuit.operations()) {
          expected = Dense.apply(Dense.full(n, op), expected);
        }
        double[] actual = Simulator.run(circuit).amplitudes();
        double diff = Dense.maxDifference(expected, actual);
        assertTrue(diff < TOLERANCE, "n=" + n + " trial " + trial + ": differs by " + diff);
      }
    }
  }

  @Test
  void fusedUnfusedAndEveryTileSizeAgree() {
    SplittableRandom rnd = new SplittableRandom(32);
    for (int n = 2; n <= 7; n++) {
      Circuit circuit = RandomCircuits.circuit(rnd, n, 40);
      double[] start = RandomCircuits.state(rnd, n);
      double[] fused = start.clone();
      Simulator.compile(circuit).run(fused);
      double[] unfused = start.clone();
      Simulator.compileUnfused(circuit).run(unfused);
      assertTrue(Dense.maxDifference(fused, unfused) < TOLERANCE, "fusion changed n=" + n);
      for (int tile = 1; tile <= n; tile++) {
        double[] tiled = start.clone();
        PlanCompiler.compile(circuit, true, tile).run(tiled);
        // tiling reorders work across amplitudes, never the arithmetic of one amplitude
        assertArrayEquals(fused, tiled, "tile 2^" + tile + ", n=" + n);
      }
    }
  }

  @Test
  void fusionShortensTheHardwareEfficientAnsatz() {
    CircuitBuilder q = new CircuitBuilder(4);
    for (int w = 0; w < 4; w++) {
      q.ry(w, 0.1 * w + 0.3);
      q.rz(w, 0.2 * w - 0.1);
    }
    for (int w = 0; w < 4; w++) {
      q.cnot(w, (w + 1) % 4);
    }
    Circuit circuit = q.build();
    assertEquals(12, Simulator.compileUnfused(circuit).size());
    // four real RY kernels, one diagonal pass for the four RZ, four CNOT
    assertEquals(9, Simulator.compile(circuit).size());
    double[] fused = Simulator.run(circuit).amplitudes();
    double[] unfused = new double[32];
    unfused[0] = 1;
    Simulator.compileUnfused(circuit).run(unfused);
    assertTrue(Dense.maxDifference(fused, unfused) < TOLERANCE);
  }

  @Test
  void layersOfDiagonalGatesMatchTheDenseReference() {
    SplittableRandom rnd = new SplittableRandom(36);
    int n = 5;
    CircuitBuilder q = new CircuitBuilder(n);
    for (int layer = 0; layer < 3; layer++) {
      for (int w = 0; w < n; w++) {
        q.ry(w, RandomCircuits.angle(rnd));
      }
      for (int w = 0; w < n; w++) {
        switch ((w + layer) % 4) {
          case 0: q.rz(w, RandomCircuits.angle(rnd)); break;
          case 1: q.phaseShift(w, RandomCircuits.angle(rnd)); q.t(w); break;
          case 2: q.s(w); q.rz(w, RandomCircuits.angle(rnd)); break;
          default: q.z(w); break;
        }
      }
      q.rx(layer, RandomCircuits.angle(rnd));
      for (int w = 0; w < n; w++) {
        q.cnot(w, (w + 1) % n);
      }
    }
    Circuit circuit = q.build();
    double[] expected = new double[2 << n];
    expected[0] = 1;
    for (Operation op : circuit.operations()) {
      expected = Dense.apply(Dense.full(n, op), expected);
    }
    double diff = Dense.maxDifference(expected, Simulator.run(circuit).amplitudes());
    assertTrue(diff < TOLERANCE, "differs by " + diff);
  }

  @Test
  void parallelRunsEqualTheSerialRunBitForBit() {
    SplittableRandom rnd = new SplittableRandom(33);
    for (int n = 3; n <= 8; n++) {
      Circuit circuit = RandomCircuits.circuit(rnd, n, 40);
      double[] start = RandomCircuits.state(rnd, n);
      double[] serial = start.clone();
      Simulator.compile(circuit).run(serial);
      for (int threads = 2; threads <= 3; threads++) {
        for (int tile = 1; tile <= n; tile += 2) {
          Plan plan = PlanCompiler.compile(circuit, true, tile);
          double[] parallel = start.clone();
          ParallelPlanRunner.run(plan, parallel, threads);
          assertArrayEquals(serial, parallel, threads + " threads, tile 2^" + tile + ", n=" + n);
        }
      }
    }
  }

  @Test
  void parallelSimulatorAboveTheThresholdEqualsTheSerialSimulator() {
    SplittableRandom rnd = new SplittableRandom(34);
    int n = ParallelSimulator.PARALLEL_THRESHOLD_QUBITS + 1;
    CircuitBuilder q = new CircuitBuilder(n);
    for (int k = 0; k < 60; k++) {
      Operation op = RandomCircuits.op(rnd, n,
          io.qml4j.dsl.Gate.values()[rnd.nextInt(io.qml4j.dsl.Gate.values().length)], 6);
      q.append(new Circuit(n, java.util.List.of(op)));
    }
    Circuit circuit = q.build();
    StateVector serial = Simulator.run(circuit);
    for (int threads = 2; threads <= 4; threads++) {
      assertArrayEquals(serial.amplitudes(), ParallelSimulator.run(circuit, threads).amplitudes(),
          threads + " threads");
    }
  }

  @Test
  void emptyCircuitsLeaveTheStateAlone() {
    SplittableRandom rnd = new SplittableRandom(37);
    for (int n : new int[] {1, 3, ParallelSimulator.PARALLEL_THRESHOLD_QUBITS}) {
      double[] start = RandomCircuits.state(rnd, n);
      StateVector serial = StateVector.of(n, start);
      Simulator.apply(serial, new CircuitBuilder(n).build());
      StateVector parallel = StateVector.of(n, start);
      ParallelSimulator.apply(parallel, new CircuitBuilder(n).build(), 2);
      assertArrayEquals(start, serial.amplitudes());
      assertArrayEquals(start, parallel.amplitudes());
    }
  }

  @Test
  void planRunnersRejectBadArguments() {
    Plan plan = Simulator.compile(new CircuitBuilder(3).build());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> plan.run(new double[4]));
    assertTrue(e.getMessage().contains("expected 16"), e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ParallelPlanRunner.run(plan, new double[16], 0));
    assertTrue(e.getMessage().startsWith("threads"), e.getMessage());
  }

  @Test
  void normIsKeptOverAThousandRandomGatesOnTwelveQubits() {
    SplittableRandom rnd = new SplittableRandom(35);
    int n = 12;
    java.util.List<Operation> ops = new java.util.ArrayList<>();
    io.qml4j.dsl.Gate[] gates = io.qml4j.dsl.Gate.values();
    while (ops.size() < 1000) {
      ops.add(RandomCircuits.op(rnd, n, gates[rnd.nextInt(gates.length)]));
    }
    StateVector state = StateVector.zero(n);
    Simulator.apply(state, new Circuit(n, ops));
    assertEquals(1.0, state.normSquared(), 1e-12);
    // and gate by gate, through the unfused specialised kernels
    double[] s = new double[2 << n];
    s[0] = 1;
    for (Operation op : ops) {
      Simulator.apply(s, n, op);
    }
    assertEquals(1.0, StateVector.wrap(n, s).normSquared(), 1e-12);
    assertTrue(Dense.maxDifference(s, state.amplitudes()) < 1e-10);
  }
}
