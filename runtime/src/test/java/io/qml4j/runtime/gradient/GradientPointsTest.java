package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where {@link GradientPoints} places the points of a few known circuit shapes. */
class GradientPointsTest {
  @Test
  void aHardwareEfficientLayerIsReadAtOnePointBeforeItsRing() {
    int n = 4;
    GradientPoints points = RandomCircuits.hea(n, 2).gradientPoints();

    assertEquals(3, points.count());
    assertEquals(2 * n, points.end(0));
    assertEquals(5 * n, points.end(1));
    assertEquals(6 * n, points.end(2));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, points.reads(0));
    assertEquals(0, points.reads(2).length);
    // RY on wire 1 reaches its point through the RZ on wire 1; the RZ through nothing
    assertArrayEquals(new int[] {n + 1}, points.conjugations(1));
    assertEquals(0, points.conjugations(n + 1).length);
    assertTrue(points.oneWire(1));
  }

  @Test
  void diagonalGatesStayOpenAcrossEachOtherAndCloseAtTheMixer() {
    ParametrizedBuilder b = new ParametrizedBuilder(3, 2, 0);
    b.gate(io.qml4j.dsl.Gate.ISING_ZZ, new int[] {0, 1}, java.util.List.of(Param.theta(0)));
    b.gate(io.qml4j.dsl.Gate.ISING_ZZ, new int[] {1, 2}, java.util.List.of(Param.theta(0)));
    b.rz(2, Param.theta(0));
    b.cnot(0, 1);
    b.rx(0, Param.theta(1));
    GradientPoints points = b.build().gradientPoints();

    assertEquals(2, points.count());
    assertEquals(3, points.end(0));
    assertArrayEquals(new int[] {0, 1, 2}, points.reads(0));
    assertArrayEquals(new int[] {4}, points.reads(1));
    assertFalse(points.oneWire(0));
  }
}
