package io.qml4j.processor.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import java.util.List;

/**
 * One differentiable angle of one gate occurrence: what adjoint differentiation reads one
 * derivative for, and what parameter shift shifts on its own.
 *
 * @param index the slot's number, in gate order, then angle order
 * @param gate the gate's position in the simulated gate list (feature map, then ansatz)
 * @param angle which angle of the gate (0 except for Rot, U3 and CRot)
 * @param expression the angle as an expression of theta and x
 * @param rule the gate's parameter-shift rule (two or four terms)
 * @param partials the chain rule: one partial derivative per symbol read, in symbol order
 */
public record AngleSlot(int index, int gate, int angle, Expr expression, Gate.ShiftRule rule,
    List<Partial> partials) {
  /** Copies the list. */
  public AngleSlot {
    partials = List.copyOf(partials);
  }
}
