package io.qml4j.processor.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that apply one gate: angle locals, their cosines and sines, and one call to the
 * runtime kernel specialised for the gate, with literal strides. Mirrors the kernel choice of the
 * runtime's {@code Simulator.apply}, so generated and interpreted simulation agree to rounding.
 */
final class GateStatements {
  static final ClassName KERNELS = ClassName.get("io.qml4j.runtime.kernel", "Kernels");
  static final ClassName SIMULATOR = ClassName.get("io.qml4j.runtime", "Simulator");
  static final ClassName OPERATION = ClassName.get("io.qml4j.runtime", "Operation");
  static final ClassName GATE = ClassName.get(Gate.class);
  /** {@code Math.sqrt(0.5)}, written as the literal that reads back to exactly that double. */
  private static final String R2 = Double.toString(Math.sqrt(0.5));

  private final int qubits;

  GateStatements(int qubits) {
    this.qubits = qubits;
  }

  /** The code for gate number {@code id} of its method (ids keep local names unique). */
  CodeBlock apply(GateOp g, int id) {
    CodeBlock.Builder b = CodeBlock.builder();
    b.add("// $L\n", comment(g));
    List<String> a = new ArrayList<>();
    for (int k = 0; k < g.angles().size(); k++) {
      Expr e = g.angle(k);
      if (e instanceof Expr.Constant) {
        a.add(literal(((Expr.Constant) e).value()));
      } else {
        String name = "a" + id + (g.angles().size() > 1 ? "_" + k : "");
        b.addStatement("double $L = $L", name, e.toJava("x", "theta"));
        a.add(name);
      }
    }
    String c = "c" + id, s = "s" + id;
    switch (g.gate()) {
      case I:
        return b.build();
      case H:
        return b.addStatement("$T.real1(psi, $L, $L, $L, $L, -$L)", KERNELS, stride(g, 0), R2, R2,
            R2, R2).build();
      case X:
        return b.addStatement("$T.x(psi, $L)", KERNELS, stride(g, 0)).build();
      case Y:
        return b.addStatement("$T.y(psi, $L)", KERNELS, stride(g, 0)).build();
      case Z:
        return phase(b, "0", stride(g, 0), "-1.0", "0.0");
      case S:
        return phase(b, "0", stride(g, 0), "0.0", "1.0");
      case SDG:
        return phase(b, "0", stride(g, 0), "0.0", "-1.0");
      case T:
        return phase(b, "0", stride(g, 0), R2, R2);
      case TDG:
        return phase(b, "0", stride(g, 0), R2, "-" + R2);
      case RX:
        halfAngle(b, g, a.get(0), c, s);
        return b.addStatement("$T.general1(psi, $L, $L, 0.0, 0.0, -$L, 0.0, -$L, $L, 0.0)", KERNELS,
            stride(g, 0), c, s, s, c).build();
      case RY:
        halfAngle(b, g, a.get(0), c, s);
        return b.addStatement("$T.real1(psi, $L, $L, -$L, $L, $L)", KERNELS, stride(g, 0), c, s, s,
            c).build();
      case RZ:
        halfAngle(b, g, a.get(0), c, s);
        return b.addStatement("$T.diagonal1(psi, $L, $L, -$L, $L, $L)", KERNELS, stride(g, 0), c, s,
            c, s).build();
      case PHASE_SHIFT:
        fullAngle(b, g, a.get(0), c, s);
        return phase(b, "0", stride(g, 0), c, s);
      case CONTROLLED_PHASE:
        fullAngle(b, g, a.get(0), c, s);
        return phase(b, stride(g, 0), stride(g, 1), c, s);
      case CNOT:
        return b.addStatement("$T.controlledX(psi, $L, $L)", KERNELS, stride(g, 0), stride(g, 1))
            .build();
      case CY:
        return b.addStatement("$T.controlledY(psi, $L, $L)", KERNELS, stride(g, 0), stride(g, 1))
            .build();
      case CZ:
        return phase(b, stride(g, 0), stride(g, 1), "-1.0", "0.0");
      case SWAP:
        return b.addStatement("$T.controlledSwap(psi, 0, $L, $L)", KERNELS, stride(g, 0),
            stride(g, 1)).build();
      case ISWAP:
        return b.addStatement("$T.iswap(psi, $L, $L)", KERNELS, stride(g, 0), stride(g, 1)).build();
      case TOFFOLI:
        return b.addStatement("$T.controlledX(psi, $L, $L)", KERNELS,
            strideValue(g, 0) | strideValue(g, 1), stride(g, 2)).build();
      case CSWAP:
        return b.addStatement("$T.controlledSwap(psi, $L, $L, $L)", KERNELS, stride(g, 0),
            stride(g, 1), stride(g, 2)).build();
      case ISING_ZZ:
      case MULTI_RZ: {
        int mask = 0;
        for (int k = 0; k < g.arity(); k++) {
          mask |= strideValue(g, k);
        }
        halfAngle(b, g, a.get(0), c, s);
        return b.addStatement("$T.parityPhase(psi, $L, $L, $L)", KERNELS, mask, c, s).build();
      }
      case SINGLE_EXCITATION: {
        int p = strideValue(g, 0), q = strideValue(g, 1);
        halfAngle(b, g, a.get(0), c, s);
        return b.addStatement("$T.givens(psi, $L, $L, $L, $L, $L)", KERNELS, p | q, q, p, c, s)
            .build();
      }
      case DOUBLE_EXCITATION: {
        int w0 = strideValue(g, 0), w1 = strideValue(g, 1), w2 = strideValue(g, 2);
        int w3 = strideValue(g, 3);
        halfAngle(b, g, a.get(0), c, s);
        // |0011> -> |1100> on the gate's wires, first wire most significant
        return b.addStatement("$T.givens(psi, $L, $L, $L, $L, $L)", KERNELS, w0 | w1 | w2 | w3,
            w2 | w3, w0 | w1, c, s).build();
      }
      case SX:
      case U3:
      case ROT: {
        String m = "m" + id;
        b.addStatement("double[] $L = $T.$L.matrix($L)", m, GATE, g.gate().name(),
            String.join(", ", a));
        return b.addStatement("$T.general1(psi, $L, $L)", KERNELS, stride(g, 0),
            entries(m, 0, 1, 2, 3, 4, 5, 6, 7)).build();
      }
      case CRX:
      case CRY:
      case CRZ:
      case CROT: {
        String m = "m" + id;
        b.addStatement("double[] $L = $T.$L.matrix($L)", m, GATE, g.gate().name(),
            String.join(", ", a));
        // the lower-right 2x2 block of the 4x4 matrix is the controlled unitary
        return b.addStatement("$T.controlled1(psi, $L, $L, $L)", KERNELS, stride(g, 0),
            stride(g, 1), entries(m, 20, 21, 22, 23, 28, 29, 30, 31)).build();
      }
      default:
        return b.addStatement("$T.apply(psi, $L, $L)", SIMULATOR, qubits, operation(g, a)).build();
    }
  }

  /** {@code ops.add(Operation...)} for the bound-circuit methods. */
  CodeBlock record(GateOp g) {
    List<String> a = g.angles().stream().map(e -> e.toJava("x", "theta"))
        .collect(Collectors.toList());
    return CodeBlock.builder().addStatement("ops.add($L)", operation(g, a)).build();
  }

  private CodeBlock operation(GateOp g, List<String> angles) {
    String wires = "new int[] {" + java.util.Arrays.stream(g.wires()).mapToObj(String::valueOf)
        .collect(Collectors.joining(", ")) + "}";
    if (g.gate() == Gate.PAULI_ROT) {
      return CodeBlock.of("$T.pauliRot($L, $S, $L)", OPERATION, angles.get(0), g.word(), wires);
    }
    return CodeBlock.of("$T.of($T.$L, $L$L)", OPERATION, GATE, g.gate().name(), wires,
        angles.isEmpty() ? "" : ", " + String.join(", ", angles));
  }

  static String comment(GateOp g) {
    String where = g.site() == null || g.site().line() == 0 ? "" : "line " + g.site().line() + ": ";
    return where + g + (g.site() == null ? "" : "  <- " + g.site().text());
  }

  private static String entries(String m, int... indices) {
    return java.util.Arrays.stream(indices).mapToObj(i -> m + "[" + i + "]")
        .collect(Collectors.joining(", "));
  }

  private static CodeBlock phase(CodeBlock.Builder b, Object control, Object target, String re,
      String im) {
    return b.addStatement("$T.phase(psi, $L, $L, $L, $L)", KERNELS, control, target, re, im)
        .build();
  }

  /** cos and sin of angle/2, folded to literals for a constant angle. */
  private static void halfAngle(CodeBlock.Builder b, GateOp g, String angle, String c, String s) {
    trig(b, g, angle, c, s, true);
  }

  private static void fullAngle(CodeBlock.Builder b, GateOp g, String angle, String c, String s) {
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
      b.addStatement("double $L = Math.cos($L), $L = Math.sin($L)", c, arg, s, arg);
    }
  }

  private String stride(GateOp g, int k) {
    return String.valueOf(strideValue(g, k));
  }

  /** Wire w of n qubits has amplitude stride 2^(n-1-w): wire 0 is the most significant bit. */
  private int strideValue(GateOp g, int k) {
    return 1 << (qubits - 1 - g.wire(k));
  }

  private static String literal(double v) {
    String s = Expr.constant(v).toJava("x", "theta");
    return v < 0 ? "(" + s + ")" : s;
  }
}
