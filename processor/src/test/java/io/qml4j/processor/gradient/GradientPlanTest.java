package io.qml4j.processor.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The derivative plan's slots and chain-rule partials, and the gate inverses. */
class GradientPlanTest {
  private static final Expr T0 = Expr.theta(0);
  private static final Expr T1 = Expr.theta(1);
  private static final Expr X1 = Expr.input(1);

  @Test
  void slotsNumberEveryNonConstantAngleInGateOrder() {
    GradientPlan plan = GradientPlan.of(List.of(
        gate(Gate.H, new int[] {0}),
        gate(Gate.RY, new int[] {0}, Expr.constant(0.5)),
        gate(Gate.ROT, new int[] {1}, T0, Expr.constant(0.2), Expr.plus(T0, T1)),
        gate(Gate.CRX, new int[] {0, 1}, Expr.times(T1, X1))));
    assertEquals(3, plan.slots().size());
    assertFalse(plan.isTrainable(0));
    assertTrue(plan.isTrainable(2));
    assertEquals(0, plan.slotOf(2, 0));
    assertEquals(-1, plan.slotOf(2, 1));
    assertEquals(1, plan.slotOf(2, 2));
    assertEquals(2, plan.slotOf(3, 0));
    assertFalse(plan.isTrainable(1));
    assertEquals(Gate.ShiftRule.TWO_TERM, plan.slots().get(1).rule());
    assertEquals(Gate.ShiftRule.FOUR_TERM, plan.slots().get(2).rule());
    assertTrue(plan.usesFourTermRule());
    // d(theta[1] * x[1]): x[1] for theta[1], theta[1] for x[1]; theta before x
    List<Partial> partials = plan.slots().get(2).partials();
    assertEquals(List.of(new Partial(Expr.theta(1), X1), new Partial(Expr.input(1), T1)),
        partials);
  }

  @Test
  void partialsMatchCentralDifferencesAndDropZeros() {
    // Math.sin(x[0]) * theta[0] + theta[0] * theta[0] / 4 - 0 * x[1]
    Expr e = Expr.plus(Expr.times(Expr.call(Expr.Function.SIN, List.of(Expr.input(0))), T0),
        Expr.divide(Expr.times(T0, T0), Expr.constant(4)));
    List<Partial> partials = GradientPlan.partials(e);
    assertEquals(2, partials.size());
    double[] x = {0.3, 0.1};
    double[] theta = {-0.8};
    double h = 1e-6;
    double dTheta = (e.evaluate(x, new double[] {theta[0] + h})
        - e.evaluate(x, new double[] {theta[0] - h})) / (2 * h);
    double dX = (e.evaluate(new double[] {x[0] + h, x[1]}, theta)
        - e.evaluate(new double[] {x[0] - h, x[1]}, theta)) / (2 * h);
    assertEquals(dTheta, partials.get(0).derivative().evaluate(x, theta), 1e-9);
    assertEquals(dX, partials.get(1).derivative().evaluate(x, theta), 1e-9);
  }

  @Test
  void inversesUndoEveryGate() {
    SplittableRandom random = new SplittableRandom(3);
    List<Gate> checked = new ArrayList<>();
    for (Gate g : Gate.values()) {
      if (g.wires() == Gate.ANY_WIRES) {
        continue;
      }
      int[] wires = new int[g.wires()];
      for (int k = 0; k < wires.length; k++) {
        wires[k] = k;
      }
      Expr[] angles = new Expr[g.params()];
      double[] values = new double[g.params()];
      for (int k = 0; k < angles.length; k++) {
        values[k] = random.nextDouble(-3, 3);
        angles[k] = Expr.constant(values[k]);
      }
      GateOp op = gate(g, wires, angles);
      GateOp inverse = GateInverse.of(op);
      if (g == Gate.SX || g == Gate.ISWAP) {
        assertNull(inverse, g + " has no inverse in the table");
        continue;
      }
      assertArrayEquals(wires, inverse.wires());
      double[] inv = new double[inverse.angles().size()];
      for (int k = 0; k < inv.length; k++) {
        inv[k] = ((Expr.Constant) inverse.angle(k)).value();
      }
      double[] product = GateMatrices.multiply(inverse.gate().matrix(inv), g.matrix(values));
      int d = 1 << wires.length;
      for (int r = 0; r < d; r++) {
        for (int c = 0; c < d; c++) {
          assertEquals(r == c ? 1 : 0, product[2 * (r * d + c)], 1e-12, g + " re " + r + c);
          assertEquals(0, product[2 * (r * d + c) + 1], 1e-12, g + " im " + r + c);
        }
      }
      checked.add(g);
    }
    assertTrue(checked.contains(Gate.CROT) && checked.contains(Gate.U3)
        && checked.contains(Gate.DOUBLE_EXCITATION) && checked.contains(Gate.S));
  }

  private static GateOp gate(Gate g, int[] wires, Expr... angles) {
    return new GateOp(g, wires, List.of(angles), null, null);
  }

}
