package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.ADJOINT_STEPS;
import static io.qml4j.processor.emit.RuntimeNames.GATE;
import static io.qml4j.processor.emit.RuntimeNames.GATE_DERIVATIVES;
import static io.qml4j.processor.emit.RuntimeNames.INVERSE_KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.MATH;
import static io.qml4j.processor.emit.RuntimeNames.OVERLAPS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.BackwardSchedule;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.gradient.GateInverse;
import io.qml4j.processor.gradient.GradientPlan;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The statements of one step of the generated adjoint backward sweep (Jones and Gacon 2020): for
 * gate g, with {@code phi} the state after it and {@code lambda} the back-propagated bra, read
 * {@code dAngle[slot] = 2 Re <lambda| dU/dt |phi_(g-1)>} for every angle with a slot and peel the
 * gate off both states. The derivative kernels are the runtime's: {@code AdjointSteps} fuses read
 * and peel for RX, RY and RZ, for two of them on one wire in one pass, and for a CNOT and two
 * rotations on its target; other single-angle gates read {@code Overlaps.real} with their
 * scaled generator K ({@code dU/dt |phi_(g-1)> = K |phi_g>}) before peeling; MultiRZ, PauliRot,
 * Rot, U3 and CRot read their derivative matrices after peeling phi. Inverse gates run through
 * the same specialised forward kernels as the simulation ({@link GateStatements}).
 */
final class BackwardStatements {

  private final int qubits;
  private final Strides strides;
  private final GradientPlan plan;
  private final GateStatements gates;
  private final Set<Gate> generators = EnumSet.noneOf(Gate.class);

  BackwardStatements(int qubits, GradientPlan plan, GateStatements gates) {
    this.qubits = qubits;
    this.strides = gates.strides();
    this.plan = plan;
    this.gates = gates;
  }

  /** The gates whose scaled generator the written steps read from a constant. */
  Set<Gate> generators() {
    return generators;
  }

  /** The name of the constant holding a gate's scaled generator. */
  static String generatorField(Gate gate) {
    return "GENERATOR_" + gate.name();
  }

  /**
   * The order of the backward sweep, {@link BackwardSchedule} (shared with the runtime's
   * {@code Adjoint}): single gates, pairs of rotations on one wire, and a CNOT with the pair it
   * meets next on its target.
   */
  List<int[]> schedule() {
    List<GateOp> all = plan.gates();
    List<Gate> kinds = new ArrayList<>();
    List<int[]> wires = new ArrayList<>();
    boolean[] trainable = new boolean[all.size()];
    for (int g = 0; g < all.size(); g++) {
      kinds.add(all.get(g).gate());
      int[] w = new int[all.get(g).arity()];
      for (int k = 0; k < w.length; k++) {
        w[k] = all.get(g).wire(k);
      }
      wires.add(w);
      trainable[g] = plan.isTrainable(g);
    }
    return BackwardSchedule.of(qubits, kinds, wires, trainable);
  }

  /**
   * A step of {@link #schedule}, in a block of its own (locals never clash); {@code last} when
   * nothing reads lambda after it.
   */
  CodeBlock step(int[] gatesOfStep, boolean last) {
    if (gatesOfStep.length == 3) {
      return pair(gatesOfStep[0], gatesOfStep[1], gatesOfStep[2]);
    }
    if (gatesOfStep.length == 2) {
      return pair(-1, gatesOfStep[0], gatesOfStep[1]);
    }
    return step(gatesOfStep[0], last);
  }

  /** A pair of rotations, after a CNOT on their wire unless {@code cnot} is -1. */
  private CodeBlock pair(int cnot, int later, int earlier) {
    GateOp a = plan.gates().get(later);
    GateOp b = plan.gates().get(earlier);
    CodeBlock.Builder code = CodeBlock.builder();
    if (cnot >= 0) {
      code.add("// back: $L\n", GateComments.of(plan.gates().get(cnot)));
    }
    code.add("// back: $L\n// back: $L\n", GateComments.of(a), GateComments.of(b))
        .add("{\n$>");
    code.addStatement("double a = $L", java(code, a.angle(0), "a"));
    code.addStatement("double b = $L", java(code, b.angle(0), "b"));
    String angles = "$T.$L, $T.cos(a / 2), $T.sin(a / 2), $T.$L, $T.cos(b / 2), "
        + "$T.sin(b / 2), dAngle, $L, $L)";
    if (cnot >= 0) {
      code.addStatement("$T.cnotRotationPair(phi, lambda, $L, $L, " + angles, ADJOINT_STEPS,
          strides.of(plan.gates().get(cnot).wire(0)), strides.of(a.wire(0)), ADJOINT_STEPS, axis(a),
          MATH, MATH, ADJOINT_STEPS, axis(b), MATH, MATH, plan.slotOf(later, 0),
          plan.slotOf(earlier, 0));
    } else {
      code.addStatement("$T.rotationPair(phi, lambda, $L, " + angles, ADJOINT_STEPS,
          strides.of(a.wire(0)), ADJOINT_STEPS, axis(a), MATH, MATH, ADJOINT_STEPS, axis(b), MATH,
          MATH, plan.slotOf(later, 0), plan.slotOf(earlier, 0));
    }
    return code.add("$<}\n").build();
  }

  private static String axis(GateOp op) {
    return op.gate().name().substring(1);
  }

  /** Estimated bytecode of a step of {@link #schedule}. */
  int estimateBytes(int[] gatesOfStep) {
    int n = gatesOfStep.length;
    if (n > 1) {
      // one kernel call with two angles' cos and sin, as a gate's estimate counts them
      int bytes = 100;
      for (int k = n - 2; k < n; k++) {
        bytes += 40 + AngleCode.estimateBytes(plan.gates().get(gatesOfStep[k]).angle(0));
      }
      return bytes;
    }
    return estimateBytes(plan.gates().get(gatesOfStep[0]));
  }

  private CodeBlock step(int g, boolean last) {
    GateOp op = plan.gates().get(g);
    CodeBlock.Builder b = CodeBlock.builder();
    b.add("// back: $L\n", GateComments.of(op));
    b.add("{\n$>");
    if (!plan.isTrainable(g)) {
      inverse(b, op, "phi");
      inverse(b, op, "lambda");
    } else if (op.gate() == Gate.RX || op.gate() == Gate.RY || op.gate() == Gate.RZ) {
      b.addStatement("double v = $L", java(b, op.angle(0), "v"));
      b.addStatement("dAngle[$L] = $T.$L(phi, lambda, $L, $T.cos(v / 2), $T.sin(v / 2))",
          plan.slotOf(g, 0), ADJOINT_STEPS, op.gate().name().toLowerCase(java.util.Locale.ROOT),
          strides.of(op.wire(0)), MATH, MATH);
    } else if (op.gate() == Gate.MULTI_RZ || op.gate() == Gate.PAULI_ROT) {
      b.addStatement("double v = $L", java(b, op.angle(0), "v"));
      inverse(b, op, "phi");
      if (op.gate() == Gate.MULTI_RZ) {
        b.addStatement("dAngle[$L] = 2 * $T.real(lambda, phi, $L, $T.multiRZMatrix($L, v))",
            plan.slotOf(g, 0), OVERLAPS, strides(op), GATE_DERIVATIVES, op.arity());
      } else {
        b.addStatement("dAngle[$L] = 2 * $T.real(lambda, phi, $L, $T.pauliRotMatrix($S, v))",
            plan.slotOf(g, 0), OVERLAPS, strides(op), GATE_DERIVATIVES, op.word());
      }
      if (!last) {
        inverse(b, op, "lambda");
      }
    } else if (op.gate().params() == 1) {
      generators.add(op.gate());
      b.addStatement("dAngle[$L] = 2 * $T.real(lambda, phi, $L, $L)", plan.slotOf(g, 0),
          OVERLAPS, strides(op), generatorField(op.gate()));
      if (!last) {
        inverse(b, op, "phi");
        inverse(b, op, "lambda");
      }
    } else { // Rot, U3, CRot: a derivative matrix per angle, on the state before the gate
      List<CodeBlock> angles = new ArrayList<>();
      for (int k = 0; k < op.angles().size(); k++) {
        angles.add(java(b, op.angle(k), "v" + k));
      }
      b.addStatement("double[] v = {$L}", CodeBlock.join(angles, ", "));
      inverse(b, op, "phi");
      for (int p = 0; p < op.angles().size(); p++) {
        int slot = plan.slotOf(g, p);
        if (slot >= 0) {
          b.addStatement("dAngle[$L] = 2 * $T.real(lambda, phi, $L, $T.matrix($T.$L, v, $L))",
              slot, OVERLAPS, strides(op), GATE_DERIVATIVES, GATE,
              op.gate().name(), p);
        }
      }
      if (!last) {
        inverse(b, op, "lambda");
      }
    }
    return b.add("$<}\n").build();
  }

  /** Applies {@code U^dagger} to the named state. */
  private void inverse(CodeBlock.Builder b, GateOp op, String state) {
    GateOp inverse = GateInverse.of(op);
    if (inverse == null) {
      b.addStatement("$T.apply($L, $T.$L, $L)", INVERSE_KERNELS, state, GATE,
          op.gate().name(), strides(op));
      return;
    }
    if (inverse.gate() == Gate.I) {
      return;
    }
    b.add("{\n$>").addStatement("double[] psi = $L", state).add(gates.apply(inverse, 0, false))
        .add("$<}\n");
  }

  /** Estimated bytecode of a step: two inverse gates, the derivative and its bookkeeping. */
  static int estimateBytes(GateOp op) {
    return 2 * BytecodeEstimates.of(op) + 150;
  }

  private String strides(GateOp op) {
    StringJoiner j = new StringJoiner(", ", "new int[] {", "}");
    for (int k = 0; k < op.arity(); k++) {
      j.add(String.valueOf(strides.of(op.wire(k))));
    }
    return j.toString();
  }

  /** An angle's Java, its temporaries declared into b first (named after base). */
  private CodeBlock java(CodeBlock.Builder b, Expr e, String base) {
    return gates.angleCode().write(b, e, base);
  }
}
