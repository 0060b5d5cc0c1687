package io.qml4j.processor.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.gradient.GateInverse;
import io.qml4j.processor.gradient.GradientPlan;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The statements of one step of the generated adjoint backward sweep (Jones and Gacon 2020): for
 * gate g, with {@code phi} the state after it and {@code lambda} the back-propagated bra, read
 * {@code dAngle[slot] = 2 Re <lambda| dU/dt |phi_(g-1)>} for every angle with a slot and peel the
 * gate off both states. The derivative kernels are the runtime's: {@code AdjointSteps} fuses read
 * and peel for RX, RY and RZ; other single-angle gates read {@code Overlaps.real} with their
 * scaled generator K ({@code dU/dt |phi_(g-1)> = K |phi_g>}) before peeling; MultiRZ, PauliRot,
 * Rot, U3 and CRot read their derivative matrices after peeling phi. Inverse gates run through
 * the same specialised forward kernels as the simulation ({@link GateStatements}).
 */
final class BackwardStatements {
  static final String PACKAGE = "io.qml4j.runtime.gradient";
  static final ClassName ADJOINT_STEPS = ClassName.get(PACKAGE, "AdjointSteps");
  static final ClassName OVERLAPS = ClassName.get(PACKAGE, "Overlaps");
  static final ClassName GATE_DERIVATIVES = ClassName.get(PACKAGE, "GateDerivatives");
  static final ClassName GATE_INVERSES = ClassName.get(PACKAGE, "GateInverses");

  private final int qubits;
  private final GradientPlan plan;
  private final GateStatements gates;
  private final Set<Gate> generators = EnumSet.noneOf(Gate.class);

  BackwardStatements(int qubits, GradientPlan plan, GateStatements gates) {
    this.qubits = qubits;
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

  /** The backward step of gate g, in a block of its own (locals never clash). */
  CodeBlock step(int g) {
    GateOp op = plan.gates().get(g);
    CodeBlock.Builder b = CodeBlock.builder();
    b.add("// back: $L\n", GateStatements.comment(op));
    b.add("{\n$>");
    // After the first trainable gate nothing reads lambda again.
    boolean last = g == plan.firstTrainable();
    if (!plan.isTrainable(g)) {
      inverse(b, op, "phi");
      inverse(b, op, "lambda");
    } else if (op.gate() == Gate.RX || op.gate() == Gate.RY || op.gate() == Gate.RZ) {
      b.addStatement("double v = $L", java(op.angle(0)));
      b.addStatement("dAngle[$L] = $T.$L(phi, lambda, $L, Math.cos(v / 2), Math.sin(v / 2))",
          plan.slotOf(g, 0), ADJOINT_STEPS, op.gate().name().toLowerCase(java.util.Locale.ROOT),
          stride(op.wire(0)));
    } else if (op.gate() == Gate.MULTI_RZ || op.gate() == Gate.PAULI_ROT) {
      b.addStatement("double v = $L", java(op.angle(0)));
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
      StringJoiner angles = new StringJoiner(", ", "{", "}");
      op.angles().forEach(e -> angles.add(java(e)));
      b.addStatement("double[] v = $L", angles);
      inverse(b, op, "phi");
      for (int p = 0; p < op.angles().size(); p++) {
        int slot = plan.slotOf(g, p);
        if (slot >= 0) {
          b.addStatement("dAngle[$L] = 2 * $T.real(lambda, phi, $L, $T.matrix($T.$L, v, $L))",
              slot, OVERLAPS, strides(op), GATE_DERIVATIVES, GateStatements.GATE,
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
      b.addStatement("$T.apply($L, $T.$L, $L)", GATE_INVERSES, state, GateStatements.GATE,
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
    return 2 * ModelWriter.estimateBytes(op) + 150;
  }

  private String strides(GateOp op) {
    StringJoiner j = new StringJoiner(", ", "new int[] {", "}");
    for (int k = 0; k < op.arity(); k++) {
      j.add(String.valueOf(stride(op.wire(k))));
    }
    return j.toString();
  }

  private int stride(int wire) {
    return 1 << (qubits - 1 - wire);
  }

  private static String java(Expr e) {
    return e.toJava("x", "theta");
  }
}
