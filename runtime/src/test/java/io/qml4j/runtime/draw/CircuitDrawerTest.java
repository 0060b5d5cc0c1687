package io.qml4j.runtime.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CircuitDrawerTest {
  @Test
  void bellPairWithARotationDrawsOneLinePerWire() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.h(0);
    b.cnot(0, 1);
    b.rz(1, 0.5);
    assertEquals("q0: ──H──╭●───────────\n"
        + "q1: ─────╰X──RZ(0.50)─\n", CircuitDrawer.draw(b.build()));
  }

  @Test
  void gateSpanningAWireCrossesItAndControlsAreDots() {
    CircuitBuilder b = new CircuitBuilder(3);
    b.toffoli(0, 2, 1);
    b.swap(0, 2);
    String drawing = CircuitDrawer.draw(b.build());
    assertEquals("q0: ──╭●──╭×─\n"
        + "q1: ──├X──│──\n"
        + "q2: ──╰●──╰×─\n", drawing);
  }

  @Test
  void countsGatesDepthAndTwoQubitDepth() {
    CircuitBuilder b = new CircuitBuilder(3);
    b.h(0);
    b.h(1);
    b.cnot(0, 1);
    b.cnot(1, 2);
    b.rz(2, 0.1);
    b.rz(0, 0.2);
    Circuit c = b.build();
    ResourceCounts counts = ResourceCounts.of(c);
    assertEquals(Map.of("cx", 2, "h", 2, "rz", 2), counts.byGate());
    assertEquals(6, counts.gates());
    assertEquals(2, counts.multiQubitGates());
    assertEquals(4, counts.depth()); // h, cx(0,1), cx(1,2), rz(2)
    assertEquals(2, counts.multiQubitDepth());
    assertEquals("gates 6 (cx 2, h 2, rz 2), 2-qubit 2, depth 4, 2-qubit depth 2",
        counts.toString());
  }
}
