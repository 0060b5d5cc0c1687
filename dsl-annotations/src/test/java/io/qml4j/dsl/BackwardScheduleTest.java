package io.qml4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The steps of the backward sweep over small circuits, written out by hand. */
class BackwardScheduleTest {
  private final List<Gate> gates = new ArrayList<>();
  private final List<int[]> wires = new ArrayList<>();
  private final List<Boolean> trainable = new ArrayList<>();

  private void add(Gate gate, boolean train, int... w) {
    gates.add(gate);
    wires.add(w);
    trainable.add(train);
  }

  private String schedule(int qubits) {
    boolean[] t = new boolean[trainable.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = trainable.get(i);
    }
    return BackwardSchedule.of(qubits, gates, wires, t).stream()
        .map(s -> java.util.Arrays.toString(s)).collect(Collectors.joining(" "));
  }

  @Test
  void oneHeaLayerOnTwoWiresPairsRotationsAndJoinsALink() {
    add(Gate.RY, true, 0);   // 0
    add(Gate.RY, true, 1);   // 1
    add(Gate.RZ, true, 0);   // 2
    add(Gate.RZ, true, 1);   // 3
    add(Gate.CNOT, false, 0, 1); // 4
    add(Gate.CNOT, false, 1, 0); // 5
    // back: CNOT(1, 0) meets CNOT(0, 1) next on its target 0, so it stays alone; CNOT(0, 1)
    // meets RZ(1), RY(1) next on its target and joins them; RZ(0) and RY(0) pair
    assertEquals("[5] [4, 3, 1] [2, 0]", schedule(2));
  }

  @Test
  void aWaitingRotationIsFlushedByTheNextGateOnItsWireAndFixedGatesBlockPairs() {
    add(Gate.H, false, 0);       // 0: below the first trainable gate, never peeled
    add(Gate.RX, true, 1);       // 1
    add(Gate.RX, false, 0);      // 2: fixed angle
    add(Gate.CZ, false, 0, 1);   // 3
    add(Gate.RY, true, 1);       // 4
    add(Gate.RZ, true, 0);       // 5
    add(Gate.CNOT, false, 1, 0); // 6: its target's next gates are RZ(0) then CZ: no join
    assertEquals("[6] [5] [4] [3] [2] [1]", schedule(2));
  }

  @Test
  void nothingTrainableMeansNoSteps() {
    add(Gate.H, false, 0);
    add(Gate.CNOT, false, 0, 1);
    assertEquals("", schedule(2));
  }

  @Test
  void badInputNamesTheArgument() {
    add(Gate.RX, true, 2);
    IllegalArgumentException wire = assertThrows(IllegalArgumentException.class,
        () -> schedule(2));
    assertEquals("wires: gate 0 has wire 2, expected 0..1", wire.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> BackwardSchedule.of(2, gates, wires, new boolean[2]));
    assertEquals("wires, trainable: expected 1 entries like gates, got 1 and 2",
        length.getMessage());
  }
}
