package io.qml4j.runtime.qasm;

import static io.qml4j.runtime.qasm.QasmAssertions.assertSameState;
import static io.qml4j.runtime.qasm.QasmAssertions.assertSameStateUpToPhase;
import static io.qml4j.runtime.qasm.QasmAssertions.randomUnitary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export then import gives back the same state, for random circuits that use every {@link Gate};
 * equal up to a global phase in general (uncontrolled decompositions may drop one), and equal
 * exactly, circuit and all, for gates that OpenQASM spells directly.
 */
class QasmRoundTripTest {
  private static final int QUBITS = 5;
  private static final int CIRCUITS = 20;

  /** Gates written as one library call that reads back as the same operation. */
  private static final Set<Gate> DIRECT = EnumSet.of(Gate.I, Gate.H, Gate.X, Gate.Y, Gate.Z,
      Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.SX, Gate.RX, Gate.RY, Gate.RZ, Gate.PHASE_SHIFT,
      Gate.U3, Gate.CNOT, Gate.CY, Gate.CZ, Gate.SWAP, Gate.CRX, Gate.CRY, Gate.CRZ,
      Gate.CONTROLLED_PHASE, Gate.TOFFOLI, Gate.CSWAP);

  @ParameterizedTest(name = "OpenQASM {0}")
  @ValueSource(ints = {2, 3})
  void randomCircuitsWithEveryGateSurviveTheRoundTrip(int version) {
    for (long seed = 0; seed < CIRCUITS; seed++) {
      Circuit original = randomCircuit(new SplittableRandom(seed), EnumSet.allOf(Gate.class));
      Circuit back = QasmImporter.parse(export(original, version));
      assertSameStateUpToPhase(Simulator.run(original), Simulator.run(back));
    }
  }

  @ParameterizedTest(name = "OpenQASM {0}")
  @ValueSource(ints = {2, 3})
  void directlySpelledGatesReadBackAsTheSameOperationsWithTheSameAngles(int version) {
    for (long seed = 0; seed < CIRCUITS; seed++) {
      Circuit original = randomCircuit(new SplittableRandom(seed), DIRECT);
      assertEquals(original, QasmImporter.parse(export(original, version)));
    }
  }

  @ParameterizedTest(name = "OpenQASM {0}")
  @ValueSource(ints = {2, 3})
  void controlledRotKeepsItsPhaseExactly(int version) {
    CircuitBuilder b = new CircuitBuilder(2);
    b.h(0);
    b.ry(1, 0.4);
    b.crot(0, 1, 0.3, -1.7, 2.9);
    b.crot(1, 0, -2.2, 0.8, 0.1);
    Circuit original = b.build();
    assertSameState(Simulator.run(original),
        Simulator.run(QasmImporter.parse(export(original, version))));
  }

  @Test
  void everyGateIsExercised() {
    Set<Gate> seen = EnumSet.noneOf(Gate.class);
    for (Operation op : randomCircuit(new SplittableRandom(0), EnumSet.allOf(Gate.class))
        .operations()) {
      seen.add(op.gate());
    }
    assertEquals(EnumSet.allOf(Gate.class), seen);
  }

  @Test
  void anglesAreWrittenAtFullPrecision() {
    CircuitBuilder b = new CircuitBuilder(1);
    b.rx(0, Math.PI / 3);
    b.rz(0, -1e-17);
    String text = QasmExporter.toQasm2(b.build());
    assertTrue(text.contains("rx(" + Math.PI / 3 + ") q[0];"), text);
    assertTrue(text.contains("rz(-1.0E-17) q[0];"), text);
  }

  private static String export(Circuit circuit, int version) {
    return version == 2 ? QasmExporter.toQasm2(circuit) : QasmExporter.toQasm3(circuit);
  }

  /**
   * A random single-qubit layer, then every gate of {@code gates} twice in random order on random
   * distinct wires with random angles in (-2 pi, 2 pi).
   */
  static Circuit randomCircuit(SplittableRandom random, Set<Gate> gates) {
    CircuitBuilder b = new CircuitBuilder(QUBITS);
    for (int w = 0; w < QUBITS; w++) {
      b.u3(w, angle(random), angle(random), angle(random));
    }
    List<Gate> order = new ArrayList<>(gates);
    order.addAll(gates);
    Collections.shuffle(order, new Random(random.nextLong()));
    for (Gate gate : order) {
      int arity = gate.wires() != Gate.ANY_WIRES ? gate.wires()
          : gate == Gate.UNITARY ? 1 + random.nextInt(2) : 1 + random.nextInt(4);
      int[] wires = distinctWires(random, arity);
      switch (gate) {
        case PAULI_ROT: {
          StringBuilder word = new StringBuilder();
          for (int k = 0; k < arity; k++) {
            word.append("IXYZ".charAt(random.nextInt(4)));
          }
          b.pauliRot(angle(random), word.toString(), wires);
          break;
        }
        case UNITARY:
          b.unitary(randomUnitary(random, 1 << arity), wires);
          break;
        default: {
          double[] angles = new double[gate.params()];
          for (int k = 0; k < angles.length; k++) {
            angles[k] = angle(random);
          }
          b.gate(gate, wires, angles);
        }
      }
    }
    return b.build();
  }

  private static double angle(SplittableRandom random) {
    return random.nextDouble(-2 * Math.PI, 2 * Math.PI);
  }

  private static int[] distinctWires(SplittableRandom random, int count) {
    List<Integer> all = new ArrayList<>();
    for (int w = 0; w < QUBITS; w++) {
      all.add(w);
    }
    Collections.shuffle(all, new Random(random.nextLong()));
    int[] wires = new int[count];
    for (int k = 0; k < count; k++) {
      wires[k] = all.get(k);
    }
    return wires;
  }
}
