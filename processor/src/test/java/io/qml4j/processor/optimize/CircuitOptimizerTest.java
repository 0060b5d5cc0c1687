package io.qml4j.processor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircuitOptimizerTest {
  private static GateOp g(Gate gate, int... wires) {
    return new GateOp(gate, wires, List.of(), null, null);
  }

  private static GateOp r(Gate gate, Expr angle, int... wires) {
    return new GateOp(gate, wires, List.of(angle), null, null);
  }

  private static List<GateOp> opt(GateOp... gates) {
    return CircuitOptimizer.optimize(List.of(gates), 3);
  }

  @Test
  void cancelsAdjacentSelfInversePairs() {
    assertEquals(List.of(), opt(g(Gate.H, 0), g(Gate.H, 0)));
    assertEquals(List.of(), opt(g(Gate.CNOT, 0, 1), g(Gate.CNOT, 0, 1)));
    assertEquals(List.of(g(Gate.H, 0)), opt(g(Gate.H, 0), g(Gate.H, 0), g(Gate.H, 0)));
  }

  @Test
  void keepsPairsThatAreNotInverse() {
    List<GateOp> reversed = List.of(g(Gate.CNOT, 0, 1), g(Gate.CNOT, 1, 0));
    assertEquals(reversed, CircuitOptimizer.optimize(reversed, 3));
    List<GateOp> blocked = List.of(g(Gate.H, 0), g(Gate.CNOT, 0, 1), g(Gate.H, 0));
    assertEquals(blocked, CircuitOptimizer.optimize(blocked, 3));
    List<GateOp> s = List.of(g(Gate.S, 0), g(Gate.S, 0));
    assertEquals(s, CircuitOptimizer.optimize(s, 3));
  }

  @Test
  void gatesOnOtherWiresDoNotBlock() {
    assertEquals(List.of(g(Gate.CNOT, 1, 2)),
        opt(g(Gate.X, 0), g(Gate.CNOT, 1, 2), g(Gate.X, 0)));
  }

  @Test
  void mergesSameAxisRotations() {
    Expr a = Expr.theta(0), b = Expr.input(1);
    assertEquals(List.of(r(Gate.RZ, Expr.plus(a, b), 0)),
        opt(r(Gate.RZ, a, 0), r(Gate.RZ, b, 0)));
    List<GateOp> differentAxes = List.of(r(Gate.RZ, a, 0), r(Gate.RX, b, 0));
    assertEquals(differentAxes, CircuitOptimizer.optimize(differentAxes, 3));
  }

  @Test
  void dropsIdentitiesIncludingMergedOnes() {
    assertEquals(List.of(), opt(r(Gate.RX, Expr.constant(0), 1), g(Gate.I, 2)));
    assertEquals(List.of(), opt(r(Gate.RY, Expr.constant(0.5), 0),
        r(Gate.RY, Expr.constant(-0.5), 0)));
  }

  @Test
  void aCancellationExposesTheGatesAroundIt() {
    Expr a = Expr.theta(0), b = Expr.theta(1);
    assertEquals(List.of(r(Gate.RX, Expr.plus(a, b), 0)),
        opt(r(Gate.RX, a, 0), g(Gate.H, 0), g(Gate.H, 0), r(Gate.RX, b, 0)));
    assertEquals(List.of(g(Gate.CNOT, 0, 1)),
        opt(g(Gate.CNOT, 0, 1), g(Gate.Z, 1), g(Gate.Z, 1)));
  }
}
