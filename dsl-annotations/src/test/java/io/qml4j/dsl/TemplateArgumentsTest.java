package io.qml4j.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad template arguments are an IllegalArgumentException naming the argument and what was
 * expected, before any gate is added, never an IndexOutOfBounds or a bare NullPointerException.
 */
class TemplateArgumentsTest {
  /** Counts gates; a rejected call must add none. */
  private static final class Counter implements Q {
    final List<Gate> gates = new ArrayList<>();

    @Override public int qubits() { return 3; }

    @Override public void gate(Gate gate, int[] wires, double... angles) {
      gates.add(gate);
    }

    @Override public void pauliRot(double angle, String word, int... wires) {}

    @Override public void unitary(double[] matrix, int... wires) {}
  }

  private static void assertRejected(String message, java.util.function.Consumer<Q> call) {
    Counter q = new Counter();
    Executable e = () -> call.accept(q);
    assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    assertEquals(List.of(), q.gates);
  }

  @Test
  void qaoaEdgesArePairsAndWeightsOnePerEdge() {
    assertRejected("edges: expected a pair of wires at index 1, got 3 wires",
        q -> q.qaoaCostLayer(0.5, new int[][] {{0, 1}, {0, 1, 2}}));
    assertRejected("edges: expected a pair of wires at index 0, got null",
        q -> q.qaoaCostLayer(0.5, new int[][] {null}));
    assertRejected("edges: expected pairs of wires, got null", q -> q.qaoaCostLayer(0.5, null));
    assertRejected("weights: expected 2 values, one per edge, got 1",
        q -> q.qaoaCostLayer(0.5, new int[][] {{0, 1}, {1, 2}}, new double[] {1}));
  }

  @Test
  void layerTemplatesNeedEnoughAngles() {
    assertRejected("theta: expected at least 6 angles (layers x qubits), got 5",
        q -> q.basicEntanglerLayers(new double[5], 2, "X"));
    assertRejected("theta: expected at least 18 angles (layers x qubits x 3), got 17",
        q -> q.stronglyEntanglingLayers(new double[17], 2));
  }

  @Test
  void nullArraysAreNamed() {
    assertRejected("x: expected an array of numbers, got null", q -> q.angleEmbedding(null, "Y"));
    assertRejected("theta: expected an array of numbers, got null",
        q -> q.stronglyEntanglingLayers(null, 1));
    assertRejected("features: expected an array of numbers, got null",
        q -> q.amplitudeEmbedding(null));
    assertRejected("bits: expected one 0 or 1 per wire, got null", q -> q.basisState((int[]) null));
  }
}
