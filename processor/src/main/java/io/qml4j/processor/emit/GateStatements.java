package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.KernelCalls.call;
import static io.qml4j.processor.emit.KernelCalls.phase;
import static io.qml4j.processor.emit.RuntimeNames.GATE;
import static io.qml4j.processor.emit.RuntimeNames.KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.SIMULATOR;

import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.GateOp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statements that apply one gate: angle locals ({@link AngleLocals}), their cosines and
 * sines, and one call to the runtime kernel specialised for the gate, with literal strides.
 * Mirrors the kernel choice of the runtime's {@code Simulator.apply}, so generated and
 * interpreted simulation agree to rounding. Scheduled steps of several gates are
 * {@link StepStatements}.
 */
final class GateStatements {
  /** {@code Math.sqrt(0.5)}, written as the literal that reads back to exactly that double. */
  private static final String R2 = Double.toString(Math.sqrt(0.5));

  private final Strides strides;
  private final AngleLocals angles;

  GateStatements(int qubits, AngleCode angleCode) {
    this(new Strides(qubits), new AngleLocals(angleCode, Map.of()));
  }

  private GateStatements(Strides strides, AngleLocals angles) {
    this.strides = strides;
    this.angles = angles;
  }

  /** The writer of angle expressions these statements use. */
  AngleCode angleCode() {
    return angles.angleCode();
  }

  /** The angle locals these statements declare. */
  AngleLocals angles() {
    return angles;
  }

  /** The strides of the state these statements apply gates to. */
  Strides strides() {
    return strides;
  }

  /**
   * Statements that add {@code shift[slot]} to every angle with a slot: the gates are looked up
   * by identity, so pass the very instances that will be applied.
   */
  GateStatements shifted(Map<GateOp, int[]> slots) {
    return new GateStatements(strides, angles.shifted(slots));
  }

  /** The code for gate number {@code id} of its method (ids keep local names unique). */
  CodeBlock apply(GateOp g, int id) {
    return apply(g, id, true);
  }

  /** The code for a gate, with or without its source comment, on the whole state. */
  CodeBlock apply(GateOp g, int id, boolean withComment) {
    CodeBlock.Builder b = CodeBlock.builder();
    gate(b, null, g, String.valueOf(id), withComment);
    return b.build();
  }

  /**
   * The statements for a gate: its comment and coefficients into {@code b}, its kernel call into
   * {@code b} too, or into {@code loop} (the body of a tile loop) when that is not null.
   */
  void gate(CodeBlock.Builder b, CodeBlock.Builder loop, GateOp g, String id,
      boolean withComment) {
    if (withComment) {
      b.add("// $L\n", GateComments.of(g));
    }
    List<String> a = angles.declare(b, g, id);
    String c = "c" + id, s = "s" + id;
    switch (g.gate()) {
      case I:
        return;
      case H:
        call(b, loop, "real1", "$L, $L, $L, $L, -$L", strides.of(g, 0), R2, R2, R2, R2);
        return;
      case X:
      case Y: {
        String kernel = g.gate() == Gate.X ? "x" : "y";
        if (loop == null) {
          b.addStatement("$T.$L(psi, $L)", KERNELS, kernel, strides.of(g, 0));
        } else {
          // TileKernels has no uncontrolled X or Y: they are the controlled ones without controls
          call(b, loop, g.gate() == Gate.X ? "controlledX" : "controlledY", "0, $L",
              strides.of(g, 0));
        }
        return;
      }
      case Z:
        phase(b, loop, "0", strides.of(g, 0), "-1.0", "0.0");
        return;
      case S:
        phase(b, loop, "0", strides.of(g, 0), "0.0", "1.0");
        return;
      case SDG:
        phase(b, loop, "0", strides.of(g, 0), "0.0", "-1.0");
        return;
      case T:
        phase(b, loop, "0", strides.of(g, 0), R2, R2);
        return;
      case TDG:
        phase(b, loop, "0", strides.of(g, 0), R2, "-" + R2);
        return;
      case RX:
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "general1", "$L, $L, 0.0, 0.0, -$L, 0.0, -$L, $L, 0.0", strides.of(g, 0),
            c, s,
            s, c);
        return;
      case RY:
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "real1", "$L, $L, -$L, $L, $L", strides.of(g, 0), c, s, s, c);
        return;
      case RZ:
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "diagonal1", "$L, $L, -$L, $L, $L", strides.of(g, 0), c, s, c, s);
        return;
      case PHASE_SHIFT:
        AngleLocals.fullAngle(b, g, a.get(0), c, s);
        phase(b, loop, "0", strides.of(g, 0), c, s);
        return;
      case CONTROLLED_PHASE:
        AngleLocals.fullAngle(b, g, a.get(0), c, s);
        phase(b, loop, strides.of(g, 0), strides.of(g, 1), c, s);
        return;
      case CNOT:
        call(b, loop, "controlledX", "$L, $L", strides.of(g, 0), strides.of(g, 1));
        return;
      case CY:
        call(b, loop, "controlledY", "$L, $L", strides.of(g, 0), strides.of(g, 1));
        return;
      case CZ:
        phase(b, loop, strides.of(g, 0), strides.of(g, 1), "-1.0", "0.0");
        return;
      case SWAP:
        call(b, loop, "controlledSwap", "0, $L, $L", strides.of(g, 0), strides.of(g, 1));
        return;
      case ISWAP:
        call(b, loop, "iswap", "$L, $L", strides.of(g, 0), strides.of(g, 1));
        return;
      case TOFFOLI:
        call(b, loop, "controlledX", "$L, $L", strides.of(g, 0) | strides.of(g, 1),
            strides.of(g, 2));
        return;
      case CSWAP:
        call(b, loop, "controlledSwap", "$L, $L, $L", strides.of(g, 0), strides.of(g, 1),
            strides.of(g, 2));
        return;
      case ISING_ZZ:
      case MULTI_RZ: {
        int mask = 0;
        for (int k = 0; k < g.arity(); k++) {
          mask |= strides.of(g, k);
        }
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "parityPhase", "$L, $L, $L", mask, c, s);
        return;
      }
      case SINGLE_EXCITATION: {
        int p = strides.of(g, 0), q = strides.of(g, 1);
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "givens", "$L, $L, $L, $L, $L", p | q, q, p, c, s);
        return;
      }
      case DOUBLE_EXCITATION: {
        int w0 = strides.of(g, 0), w1 = strides.of(g, 1), w2 = strides.of(g, 2);
        int w3 = strides.of(g, 3);
        AngleLocals.halfAngle(b, g, a.get(0), c, s);
        // |0011> -> |1100> on the gate's wires, first wire most significant
        call(b, loop, "givens", "$L, $L, $L, $L, $L", w0 | w1 | w2 | w3, w2 | w3, w0 | w1, c, s);
        return;
      }
      case SX:
      case U3:
      case ROT: {
        String m = "m" + id;
        b.addStatement("double[] $L = $T.$L.matrix($L)", m, GATE, g.gate().name(),
            String.join(", ", a));
        call(b, loop, "general1", "$L, $L", strides.of(g, 0), entries(m, 0, 1, 2, 3, 4, 5, 6, 7));
        return;
      }
      case CRX:
      case CRY:
      case CRZ:
      case CROT: {
        String m = "m" + id;
        b.addStatement("double[] $L = $T.$L.matrix($L)", m, GATE, g.gate().name(),
            String.join(", ", a));
        // the lower-right 2x2 block of the 4x4 matrix is the controlled unitary
        call(b, loop, "controlled1", "$L, $L, $L", strides.of(g, 0), strides.of(g, 1),
            entries(m, 20, 21, 22, 23, 28, 29, 30, 31));
        return;
      }
      default:
        b.addStatement("$T.apply(psi, $L, $L)", SIMULATOR, strides.qubits(),
            OperationRecords.operation(g,
            a.stream().map(v -> CodeBlock.of("$L", v)).collect(Collectors.toList())));
    }
  }

  private static String entries(String m, int... indices) {
    return Arrays.stream(indices).mapToObj(i -> m + "[" + i + "]")
        .collect(Collectors.joining(", "));
  }
}
