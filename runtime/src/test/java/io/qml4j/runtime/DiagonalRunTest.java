package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Runs of CNOTs and diagonal gates compiled into phase tables ({@link DiagonalRun}) against the
 * unfused plan (one step per gate) and the independent dense simulator: random circuits of every
 * diagonal gate kind between CNOTs, with a few non-diagonal gates cutting the runs.
 */
class DiagonalRunTest {
  private static final double TOLERANCE = 1e-12;
  /** The diagonal gates the runs take, and CNOT. */
  private static final Gate[] RUN_GATES = {Gate.CNOT, Gate.CNOT, Gate.CNOT, Gate.PHASE_SHIFT,
      Gate.RZ, Gate.Z, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.CZ, Gate.CONTROLLED_PHASE,
      Gate.CRZ, Gate.ISING_ZZ, Gate.MULTI_RZ, Gate.PAULI_ROT};
  /** Gates that end a run: non-diagonal, on one wire or several. */
  private static final Gate[] CUTS = {Gate.H, Gate.RX, Gate.RY, Gate.CRY, Gate.SWAP, Gate.CY};

  @Test
  void randomDiagonalRunsMatchTheUnfusedPlanAndTheDenseReference() {
    SplittableRandom rnd = new SplittableRandom(41);
    for (int n = 1; n <= 7; n++) {
      for (int trial = 0; trial < 4; trial++) {
        Circuit circuit = runCircuit(rnd, n, 60);
        double[] start = RandomCircuits.state(rnd, n);
        double[] fused = start.clone();
        Simulator.compile(circuit).run(fused);
        double[] unfused = start.clone();
        Simulator.compileUnfused(circuit).run(unfused);
        double[] dense = start.clone();
        for (Operation op : circuit.operations()) {
          dense = Dense.apply(Dense.full(n, op), dense);
        }
        String where = "n=" + n + " trial " + trial;
        assertTrue(Dense.maxDifference(fused, unfused) < TOLERANCE, where + " vs unfused");
        assertTrue(Dense.maxDifference(fused, dense) < TOLERANCE, where + " vs dense");
      }
    }
  }

  @Test
  void zzFeatureMapBecomesTwoHadamardLayersAndTwoTables() {
    double[] x = {0.3, 1.7, 2.9, 4.1, 5.0, 0.9};
    CircuitBuilder q = new CircuitBuilder(6);
    q.zzFeatureMap(x, 2);
    Circuit circuit = q.build();
    // per repetition six H and one table for the six phases and fifteen CNOT-P-CNOT sandwiches
    assertEquals(14, Simulator.compile(circuit).size());
    double[] dense = new double[2 << 6];
    dense[0] = 1;
    for (Operation op : circuit.operations()) {
      dense = Dense.apply(Dense.full(6, op), dense);
    }
    assertTrue(Dense.maxDifference(Simulator.run(circuit).amplitudes(), dense) < TOLERANCE);
  }

  @Test
  void cnotsThatDoNotCancelFollowTheTable() {
    CircuitBuilder q = new CircuitBuilder(3);
    for (int w = 0; w < 3; w++) {
      q.h(w);
    }
    q.cnot(0, 1);
    q.phaseShift(1, 0.7);
    q.cnot(1, 2);
    q.cz(0, 2);
    q.rz(2, -1.1);
    q.isingZZ(0, 1, 0.4);
    Circuit circuit = q.build();
    // three H, the table, then both CNOTs (their product permutes the basis)
    assertEquals(6, Simulator.compile(circuit).size());
    double[] unfused = new double[16];
    unfused[0] = 1;
    Simulator.compileUnfused(circuit).run(unfused);
    assertTrue(Dense.maxDifference(Simulator.run(circuit).amplitudes(), unfused) < TOLERANCE);
  }

  @Test
  void statesAboveTheTableSizeKeepOneStepPerGate() {
    int n = DiagonalRun.TABLE_QUBITS + 1;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 0.4 * i + 0.1;
    }
    CircuitBuilder q = new CircuitBuilder(n);
    q.zzFeatureMap(x, 1);
    Circuit circuit = q.build();
    // n H, one diagonal layer, three steps per pair
    assertEquals(n + 1 + 3 * n * (n - 1) / 2, Simulator.compile(circuit).size());
  }

  @Test
  void singlePrecisionRunsTheTableToo() {
    double[] x = {2.2, 0.5, 3.3, 1.4};
    CircuitBuilder q = new CircuitBuilder(4);
    q.zzFeatureMap(x, 2);
    Circuit circuit = q.build();
    double[] exact = Simulator.run(circuit).amplitudes();
    float[] single = SinglePrecisionSimulator.run(circuit).amplitudes();
    for (int k = 0; k < exact.length; k++) {
      assertEquals(exact[k], single[k], 1e-6, "amplitude part " + k);
    }
  }

  /** Random run gates with an occasional cut, on n qubits. */
  private static Circuit runCircuit(SplittableRandom rnd, int n, int gates) {
    List<Operation> ops = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      ops.add(Operation.of(Gate.H, new int[] {w}));
    }
    while (ops.size() < gates) {
      Gate gate = rnd.nextInt(8) == 0 ? CUTS[rnd.nextInt(CUTS.length)]
          : RUN_GATES[rnd.nextInt(RUN_GATES.length)];
      if (!RandomCircuits.fits(gate, n)) {
        continue;
      }
      if (gate == Gate.PAULI_ROT) {
        ops.add(zWord(rnd, n));
      } else {
        ops.add(RandomCircuits.op(rnd, n, gate));
      }
    }
    return new Circuit(n, ops);
  }

  /** A PauliRot whose word has only Z and I letters, which the runs take. */
  private static Operation zWord(SplittableRandom rnd, int n) {
    int[] wires = RandomCircuits.wires(rnd, n, 1 + rnd.nextInt(n));
    StringBuilder word = new StringBuilder();
    for (int k = 0; k < wires.length; k++) {
      word.append(rnd.nextInt(3) == 0 ? 'I' : 'Z');
    }
    return Operation.pauliRot(RandomCircuits.angle(rnd), word.toString(), wires);
  }
}
