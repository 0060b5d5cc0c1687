package io.qml4j.processor.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.List;

/**
 * The inverse {@code U^dagger} of a gate, as a gate of the table that the generated code applies
 * with its specialised kernel: the same rotation at the negated angle, {@code Rot(-c, -b, -a)} for
 * {@code Rot(a, b, c)} (and CRot), {@code U3(-theta, -lambda, -phi)}, SDG for S and TDG for T and
 * back, and self-inverse gates as themselves. The same rules as the runtime's
 * {@code GateInverses}, written on angle expressions.
 */
public final class GateInverse {
  private GateInverse() {}

  /**
   * The inverse, or null for SX and iSWAP, whose inverse is no gate of the table (generated code
   * applies those through the runtime's {@code GateInverses}).
   */
  public static GateOp of(GateOp g) {
    switch (g.gate()) {
      case I: case H: case X: case Y: case Z:
      case CNOT: case CY: case CZ: case SWAP: case TOFFOLI: case CSWAP:
        return g;
      case S: return as(g, Gate.SDG);
      case SDG: return as(g, Gate.S);
      case T: return as(g, Gate.TDG);
      case TDG: return as(g, Gate.T);
      case SX: case ISWAP: case UNITARY:
        return null;
      case ROT: case CROT:
        return g.withAngles(List.of(neg(g, 2), neg(g, 1), neg(g, 0)));
      case U3:
        return g.withAngles(List.of(neg(g, 0), neg(g, 2), neg(g, 1)));
      default:
        if (g.gate().params() != 1) {
          throw new IllegalArgumentException("g: no inverse rule for " + g.gate());
        }
        return g.withAngles(List.of(neg(g, 0)));
    }
  }

  private static GateOp as(GateOp g, Gate inverse) {
    return new GateOp(inverse, g.wires(), List.of(), null, g.site());
  }

  private static Expr neg(GateOp g, int k) {
    return Expr.negate(g.angle(k));
  }
}
