package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.GENERATED_CHECKS;
import static io.qml4j.processor.emit.RuntimeNames.MATH;

import com.squareup.javapoet.CodeBlock;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The locals that hold a gate's angles and their cosines and sines in generated code. A constant
 * angle is a literal; any other angle is a local {@code a<id>} (or {@code a<id>_<k>} for gates
 * with several angles), written by {@link AngleCode} and, in the shifted simulation of parameter
 * shift, plus {@code shift[slot]}.
 */
final class AngleLocals {
  /** Writes the angle expressions, holding the helper methods of very large ones. */
  private final AngleCode angleCode;
  /** For the shifted simulation of parameter shift: the slot of each angle of a gate, or -1. */
  private final Map<GateOp, int[]> shiftSlots;

  AngleLocals(AngleCode angleCode, Map<GateOp, int[]> shiftSlots) {
    this.angleCode = angleCode;
    this.shiftSlots = shiftSlots;
  }

  /** The writer of angle expressions. */
  AngleCode angleCode() {
    return angleCode;
  }

  /**
   * Locals that add {@code shift[slot]} to every angle with a slot: the gates are looked up by
   * identity, so pass the very instances that will be applied.
   */
  AngleLocals shifted(Map<GateOp, int[]> slots) {
    return new AngleLocals(angleCode, slots);
  }

  /**
   * Declares a local for each angle of gate g that is not a constant, into b, and returns the
   * Java of every angle in order: a literal or the local's name.
   */
  List<String> declare(CodeBlock.Builder b, GateOp g, String id) {
    List<String> a = new ArrayList<>();
    for (int k = 0; k < g.angles().size(); k++) {
      Expr e = g.angle(k);
      if (e instanceof Expr.Constant) {
        a.add(literal(((Expr.Constant) e).value()));
      } else {
        String name = "a" + id + (g.angles().size() > 1 ? "_" + k : "");
        b.addStatement("double $L = $L", name, source(b, g, k, name));
        a.add(name);
      }
    }
    return a;
  }

  /**
   * The Java source of angle k of a gate, plus its shift when it has one. An angle computed from
   * the arguments ({@code Math.sqrt(theta[0])}) goes through the runtime's finiteness check, so
   * that the generated model throws where the builder throws instead of returning NaN; a bare
   * {@code theta[i]} or {@code x[i]} was checked on entry.
   */
  private CodeBlock source(CodeBlock.Builder b, GateOp g, int k, String name) {
    Expr e = g.angle(k);
    CodeBlock java = angleCode.write(b, e, name);
    int[] slots = shiftSlots.get(g);
    CodeBlock shifted = slots == null || slots[k] < 0 ? java
        : CodeBlock.of("$L + shift[$L]", java, slots[k]);
    if (e instanceof Expr.Symbol
        || e instanceof Expr.Negate && ((Expr.Negate) e).operand() instanceof Expr.Symbol) {
      return CodeBlock.of("$L", shifted);
    }
    return CodeBlock.of("$T.angle($L, $S, $L)", GENERATED_CHECKS, shifted,
        g.gate().displayName(), k);
  }

  /** Locals c and s: cos and sin of angle/2, folded to literals for a constant angle. */
  static void halfAngle(CodeBlock.Builder b, GateOp g, String angle, String c, String s) {
    trig(b, g, angle, c, s, true);
  }

  /** Locals c and s: cos and sin of the angle, folded to literals for a constant angle. */
  static void fullAngle(CodeBlock.Builder b, GateOp g, String angle, String c, String s) {
    trig(b, g, angle, c, s, false);
  }

  private static void trig(CodeBlock.Builder b, GateOp g, String angle, String c, String s,
      boolean half) {
    if (g.angle(0) instanceof Expr.Constant) {
      double v = ((Expr.Constant) g.angle(0)).value();
      double t = half ? v / 2 : v;
      b.addStatement("double $L = $L, $L = $L", c, literal(Math.cos(t)), s, literal(Math.sin(t)));
    } else {
      String arg = half ? angle + " / 2" : angle;
      b.addStatement("double $L = $T.cos($L), $L = $T.sin($L)", c, MATH, arg, s, MATH, arg);
    }
  }

  /** A double literal, parenthesised when negative so that it can follow any operator. */
  static String literal(double v) {
    String s = AngleCode.literal(v);
    return s.startsWith("-") ? "(" + s + ")" : s;
  }
}
