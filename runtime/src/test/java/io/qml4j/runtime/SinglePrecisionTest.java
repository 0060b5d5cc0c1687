package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.kernel.FloatPlan;
import io.qml4j.runtime.kernel.Plan;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.Probabilities;
import io.qml4j.runtime.observable.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The single-precision simulator against the independent dense reference and against the double
 * engine, on random circuits of every gate kind, every tile size (so that gates land on low lanes,
 * high runs, block-outer wires and whole-state sweeps), and states large enough for the SIMD lane
 * kernels. Runs with the Vector API and again without it (runtime's scalar-kernels execution).
 */
class SinglePrecisionTest {
  /** Single precision keeps amplitudes and expectations of these circuits within 1e-6. */
  private static final double TOLERANCE = 1e-6;

  @Test
  void randomCircuitsOfEveryGateMatchTheDenseReference() {
    SplittableRandom rnd = new SplittableRandom(151);
    for (int n = 1; n <= 6; n++) {
      for (int trial = 0; trial < 3; trial++) {
        Circuit circuit = RandomCircuits.circuit(rnd, n, 20);
        double[] expected = new double[2 << n];
        expected[0] = 1;
        for (Operation op : circuit.operations()) {
          expected = Dense.apply(Dense.full(n, op), expected);
        }
        FloatStateVector state = SinglePrecisionSimulator.run(circuit);
        double diff = Dense.maxDifference(expected, state.toDouble().amplitudes());
        assertTrue(diff < TOLERANCE, "n=" + n + " trial " + trial + ": differs by " + diff);
      }
    }
  }

  @Test
  void everyTileSizeAgreesWithTheDoubleEngine() {
    SplittableRandom rnd = new SplittableRandom(152);
    for (int n = 2; n <= 9; n++) {
      Circuit circuit = RandomCircuits.circuit(rnd, n, 60);
      double[] start = RandomCircuits.state(rnd, n);
      double[] expected = start.clone();
      Simulator.compile(circuit).run(expected);
      for (int tile = 1; tile <= n; tile++) {
        Plan plan = PlanCompiler.compile(circuit, true, tile);
        float[] s = FloatStateVector.of(StateVector.of(n, start)).amplitudes();
        FloatPlan.of(plan).run(s);
        double diff = Dense.maxDifference(expected, FloatStateVector.wrap(n, s).toDouble()
            .amplitudes());
        assertTrue(diff < TOLERANCE, "n=" + n + " tile 2^" + tile + ": differs by " + diff);
      }
    }
  }

  @Test
  void eachGateOnEveryPlacementAgreesWithTheDoubleEngine() {
    // one gate at a time on 12 qubits: every wire pair as target and control, low and high
    SplittableRandom rnd = new SplittableRandom(153);
    int n = 12;
    double[] start = RandomCircuits.state(rnd, n);
    for (Gate gate : Gate.values()) {
      for (int trial = 0; trial < 3; trial++) {
        Operation op = RandomCircuits.op(rnd, n, gate);
        if (op.gate() == Gate.PAULI_ROT && op.arity() > 6 || op.gate() == Gate.I) {
          continue;
        }
        Circuit circuit = new Circuit(n, List.of(op));
        double[] expected = start.clone();
        Simulator.compile(circuit).run(expected);
        FloatStateVector state = FloatStateVector.of(StateVector.of(n, start));
        SinglePrecisionSimulator.apply(state, circuit);
        double diff = Dense.maxDifference(expected, state.toDouble().amplitudes());
        assertTrue(diff < TOLERANCE, op + ": differs by " + diff);
      }
    }
  }

  @Test
  void hardwareEfficientAnsatzOnFourteenQubitsKeepsItsExpectationsTo1e6() {
    SplittableRandom rnd = new SplittableRandom(154);
    int n = 14;
    CircuitBuilder q = new CircuitBuilder(n);
    for (int layer = 0; layer < 6; layer++) {
      for (int w = 0; w < n; w++) {
        q.ry(w, RandomCircuits.angle(rnd));
        q.rz(w, RandomCircuits.angle(rnd));
      }
      for (int w = 0; w < n; w++) {
        q.cnot(w, (w + 1) % n);
      }
      q.cz(layer, n - 1 - layer);
      q.rx(n - 1, RandomCircuits.angle(rnd));
    }
    Circuit circuit = q.build();
    StateVector exact = Simulator.run(circuit);
    FloatStateVector single = SinglePrecisionSimulator.run(circuit);
    assertTrue(Dense.maxDifference(exact.amplitudes(), single.toDouble().amplitudes()) < 1e-6);
    assertEquals(1.0, single.normSquared(), 1e-6);
    PauliSum h = PauliSum.parse("0.5 Z0 Z1 - 1.5 X3 Y7 + 0.25 Y13 + 2 X0 X13 Z6 - 0.7");
    assertEquals(Expectation.of(exact, h), Expectation.of(single, h), TOLERANCE);
    double[] marginalExact = Probabilities.of(exact, 3, 0, 12);
    double[] marginalSingle = Probabilities.of(single, 3, 0, 12);
    for (int k = 0; k < marginalExact.length; k++) {
      assertEquals(marginalExact[k], marginalSingle[k], TOLERANCE);
    }
    double[] all = Probabilities.of(single);
    assertArrayEquals(Probabilities.of(single.toDouble()), all, 0);
  }

  @Test
  void ansatzLayersJoinedInRegistersAgreeAtEveryTileSize() {
    // RY layers and CNOT rings: the float plan joins real pairs and chains of CNOTs; small tiles
    // put controls outside the blocks, as at 20 qubits
    SplittableRandom rnd = new SplittableRandom(157);
    int n = 12;
    CircuitBuilder q = new CircuitBuilder(n);
    for (int layer = 0; layer < 3; layer++) {
      for (int w = 0; w < n; w++) {
        q.ry(w, RandomCircuits.angle(rnd));
      }
      for (int w = 0; w < n; w++) {
        q.cnot(w, (w + 1) % n);
      }
      for (int w = n - 1; w > 0; w -= 2) {
        q.toffoli(w, w - 1, (w + 5) % n);
      }
    }
    Circuit circuit = q.build();
    double[] expected = Simulator.run(circuit).amplitudes();
    for (int tile = 4; tile <= n; tile++) {
      float[] s = FloatStateVector.zero(n).amplitudes();
      FloatPlan.of(PlanCompiler.compile(circuit, true, tile)).run(s);
      double diff = Dense.maxDifference(expected, FloatStateVector.wrap(n, s).toDouble()
          .amplitudes());
      assertTrue(diff < TOLERANCE, "tile 2^" + tile + ": differs by " + diff);
    }
  }

  @Test
  void samplingReadsTheFloatStateInDouble() {
    SplittableRandom rnd = new SplittableRandom(155);
    Circuit circuit = RandomCircuits.circuit(rnd, 6, 30);
    FloatStateVector single = SinglePrecisionSimulator.run(circuit);
    // the probabilities are formed in double from the floats: the same draws as the widened state
    assertArrayEquals(Sampler.sample(single.toDouble(), 500, 7), Sampler.sample(single, 500, 7));
    assertArrayEquals(Sampler.sampleWires(single.toDouble(), 500, 8, 4, 1),
        Sampler.sampleWires(single, 500, 8, 4, 1));
    assertEquals(Sampler.counts(single.toDouble(), 300, 9), Sampler.counts(single, 300, 9));
  }

  @Test
  void theFloatStateTakesHalfTheBytes() {
    assertEquals(8L << 20, FloatStateVector.bytes(20));
    assertEquals(2 << 20, FloatStateVector.zero(20).amplitudes().length);
    // a double state of 20 qubits: 2^21 doubles of 8 bytes, 16 MiB
    assertEquals(2L * FloatStateVector.bytes(20), 8L * (2 << 20));
  }

  @Test
  void badInputIsRejectedWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FloatStateVector.of(3, new float[4]));
    assertTrue(e.getMessage().startsWith("amplitudes: expected 16 floats"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FloatStateVector.zero(0));
    assertTrue(e.getMessage().startsWith("qubits"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SinglePrecisionSimulator.apply(FloatStateVector.zero(2), new CircuitBuilder(3)
            .build()));
    assertTrue(e.getMessage().startsWith("circuit: has 3 qubits, the state 2"), e.getMessage());
    CircuitBuilder hadamard = new CircuitBuilder(3);
    hadamard.h(0);
    FloatPlan plan = SinglePrecisionSimulator.compile(hadamard.build());
    e = assertThrows(IllegalArgumentException.class, () -> plan.run(new float[8]));
    assertTrue(e.getMessage().startsWith("s: expected 16 floats"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Expectation.of(FloatStateVector.zero(2), PauliSum.parse("Z3")));
    assertTrue(e.getMessage().startsWith("h: the observable"), e.getMessage());
  }

  @Test
  void unfusedGateByGateRunsAgreeWithTheFusedPlan() {
    SplittableRandom rnd = new SplittableRandom(156);
    int n = 10;
    List<Operation> ops = new ArrayList<>();
    Gate[] gates = Gate.values();
    while (ops.size() < 200) {
      Operation op = RandomCircuits.op(rnd, n, gates[rnd.nextInt(gates.length)]);
      if (!(op.gate() == Gate.PAULI_ROT && op.arity() > 5)) {
        ops.add(op);
      }
    }
    Circuit circuit = new Circuit(n, ops);
    float[] unfused = FloatStateVector.zero(n).amplitudes();
    FloatPlan.of(Simulator.compileUnfused(circuit)).run(unfused);
    double[] exact = Simulator.run(circuit).amplitudes();
    double diff = Dense.maxDifference(exact, FloatStateVector.wrap(n, unfused).toDouble()
        .amplitudes());
    assertTrue(diff < TOLERANCE, "differs by " + diff);
  }
}
