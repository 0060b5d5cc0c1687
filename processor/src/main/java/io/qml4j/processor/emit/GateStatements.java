package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.GATE;
import static io.qml4j.processor.emit.RuntimeNames.GENERATED_CHECKS;
import static io.qml4j.processor.emit.RuntimeNames.KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.LAYER_KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.MATH;
import static io.qml4j.processor.emit.RuntimeNames.OPERATION;
import static io.qml4j.processor.emit.RuntimeNames.SIMULATOR;
import static io.qml4j.processor.emit.RuntimeNames.TILE_KERNELS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statements that apply one gate: angle locals, their cosines and sines, and one call to the
 * runtime kernel specialised for the gate, with literal strides. Mirrors the kernel choice of the
 * runtime's {@code Simulator.apply}, so generated and interpreted simulation agree to rounding.
 * Also the statements of a scheduled step ({@link SingleQubitRuns}: a fused run, a diagonal layer
 * through {@code LayerKernels}) and of a block of tile-local steps, whose coefficients are
 * computed once before a loop over the tiles that calls each step's {@code TileKernels} range
 * kernel.
 */
final class GateStatements {
  /** Most nodes of an angle printed in a gate's comment. */
  private static final int COMMENT_NODES = 40;
  /** {@code Math.sqrt(0.5)}, written as the literal that reads back to exactly that double. */
  private static final String R2 = Double.toString(Math.sqrt(0.5));

  private final int qubits;
  /** Writes the angle expressions, holding the helper methods of very large ones. */
  private final AngleCode angleCode;
  /** For the shifted simulation of parameter shift: the slot of each angle of a gate, or -1. */
  private final Map<GateOp, int[]> shiftSlots;

  GateStatements(int qubits) {
    this(qubits, new AngleCode());
  }

  GateStatements(int qubits, AngleCode angleCode) {
    this(qubits, angleCode, Map.of());
  }

  private GateStatements(int qubits, AngleCode angleCode, Map<GateOp, int[]> shiftSlots) {
    this.qubits = qubits;
    this.angleCode = angleCode;
    this.shiftSlots = shiftSlots;
  }

  /** The writer of angle expressions these statements use. */
  AngleCode angleCode() {
    return angleCode;
  }

  /**
   * Statements that add {@code shift[slot]} to every angle with a slot: the gates are looked up
   * by identity, so pass the very instances that will be applied.
   */
  GateStatements shifted(Map<GateOp, int[]> slots) {
    return new GateStatements(qubits, angleCode, slots);
  }

  /**
   * The Java source of angle k of a gate, plus its shift when it has one. An angle computed from
   * the arguments ({@code Math.sqrt(theta[0])}) goes through the runtime's finiteness check, so
   * that the generated model throws where the builder throws instead of returning NaN; a bare
   * {@code theta[i]} or {@code x[i]} was checked on entry.
   */
  private CodeBlock angleSource(CodeBlock.Builder b, GateOp g, int k, String name) {
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
  private void gate(CodeBlock.Builder b, CodeBlock.Builder loop, GateOp g, String id,
      boolean withComment) {
    if (withComment) {
      b.add("// $L\n", comment(g));
    }
    List<String> a = new ArrayList<>();
    for (int k = 0; k < g.angles().size(); k++) {
      Expr e = g.angle(k);
      if (e instanceof Expr.Constant) {
        a.add(literal(((Expr.Constant) e).value()));
      } else {
        String name = "a" + id + (g.angles().size() > 1 ? "_" + k : "");
        b.addStatement("double $L = $L", name, angleSource(b, g, k, name));
        a.add(name);
      }
    }
    String c = "c" + id, s = "s" + id;
    switch (g.gate()) {
      case I:
        return;
      case H:
        call(b, loop, "real1", "$L, $L, $L, $L, -$L", stride(g, 0), R2, R2, R2, R2);
        return;
      case X:
      case Y: {
        String kernel = g.gate() == Gate.X ? "x" : "y";
        if (loop == null) {
          b.addStatement("$T.$L(psi, $L)", KERNELS, kernel, stride(g, 0));
        } else {
          // TileKernels has no uncontrolled X or Y: they are the controlled ones without controls
          call(b, loop, g.gate() == Gate.X ? "controlledX" : "controlledY", "0, $L", stride(g, 0));
        }
        return;
      }
      case Z:
        phase(b, loop, "0", stride(g, 0), "-1.0", "0.0");
        return;
      case S:
        phase(b, loop, "0", stride(g, 0), "0.0", "1.0");
        return;
      case SDG:
        phase(b, loop, "0", stride(g, 0), "0.0", "-1.0");
        return;
      case T:
        phase(b, loop, "0", stride(g, 0), R2, R2);
        return;
      case TDG:
        phase(b, loop, "0", stride(g, 0), R2, "-" + R2);
        return;
      case RX:
        halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "general1", "$L, $L, 0.0, 0.0, -$L, 0.0, -$L, $L, 0.0", stride(g, 0), c, s,
            s, c);
        return;
      case RY:
        halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "real1", "$L, $L, -$L, $L, $L", stride(g, 0), c, s, s, c);
        return;
      case RZ:
        halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "diagonal1", "$L, $L, -$L, $L, $L", stride(g, 0), c, s, c, s);
        return;
      case PHASE_SHIFT:
        fullAngle(b, g, a.get(0), c, s);
        phase(b, loop, "0", stride(g, 0), c, s);
        return;
      case CONTROLLED_PHASE:
        fullAngle(b, g, a.get(0), c, s);
        phase(b, loop, stride(g, 0), stride(g, 1), c, s);
        return;
      case CNOT:
        call(b, loop, "controlledX", "$L, $L", stride(g, 0), stride(g, 1));
        return;
      case CY:
        call(b, loop, "controlledY", "$L, $L", stride(g, 0), stride(g, 1));
        return;
      case CZ:
        phase(b, loop, stride(g, 0), stride(g, 1), "-1.0", "0.0");
        return;
      case SWAP:
        call(b, loop, "controlledSwap", "0, $L, $L", stride(g, 0), stride(g, 1));
        return;
      case ISWAP:
        call(b, loop, "iswap", "$L, $L", stride(g, 0), stride(g, 1));
        return;
      case TOFFOLI:
        call(b, loop, "controlledX", "$L, $L", strideValue(g, 0) | strideValue(g, 1),
            stride(g, 2));
        return;
      case CSWAP:
        call(b, loop, "controlledSwap", "$L, $L, $L", stride(g, 0), stride(g, 1), stride(g, 2));
        return;
      case ISING_ZZ:
      case MULTI_RZ: {
        int mask = 0;
        for (int k = 0; k < g.arity(); k++) {
          mask |= strideValue(g, k);
        }
        halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "parityPhase", "$L, $L, $L", mask, c, s);
        return;
      }
      case SINGLE_EXCITATION: {
        int p = strideValue(g, 0), q = strideValue(g, 1);
        halfAngle(b, g, a.get(0), c, s);
        call(b, loop, "givens", "$L, $L, $L, $L, $L", p | q, q, p, c, s);
        return;
      }
      case DOUBLE_EXCITATION: {
        int w0 = strideValue(g, 0), w1 = strideValue(g, 1), w2 = strideValue(g, 2);
        int w3 = strideValue(g, 3);
        halfAngle(b, g, a.get(0), c, s);
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
        call(b, loop, "general1", "$L, $L", stride(g, 0), entries(m, 0, 1, 2, 3, 4, 5, 6, 7));
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
        call(b, loop, "controlled1", "$L, $L, $L", stride(g, 0), stride(g, 1),
            entries(m, 20, 21, 22, 23, 28, 29, 30, 31));
        return;
      }
      default:
        b.addStatement("$T.apply(psi, $L, $L)", SIMULATOR, qubits, operation(g,
            a.stream().map(v -> CodeBlock.of("$L", v)).collect(Collectors.toList())));
    }
  }

  /**
   * A kernel call: {@code Kernels.name(psi, args)} on the whole state, or, into a tile loop,
   * {@code TileKernels.name(psi, args, from, to)}.
   */
  private static void call(CodeBlock.Builder b, CodeBlock.Builder loop, String name,
      String format, Object... args) {
    CodeBlock arguments = CodeBlock.of(format, args);
    if (loop != null) {
      loop.addStatement("$T.$L(psi, $L, from, to)", TILE_KERNELS, name, arguments);
    } else {
      b.addStatement("$T.$L(psi, $L)", KERNELS, name, arguments);
    }
  }

  /**
   * One step: a single gate through its specialised kernel, a run of single-qubit gates on one
   * wire multiplied into one 2x2 matrix (entries that are literal zeros fold away, so a run of
   * diagonal gates stays a diagonal kernel and a run of real gates a real one), or a diagonal
   * layer through the runtime's {@code LayerKernels} into the table {@code layer0}.
   */
  CodeBlock apply(List<GateOp> step, int id) {
    CodeBlock.Builder b = CodeBlock.builder();
    step(b, null, step, String.valueOf(id), "layer0");
    return b.build();
  }

  /**
   * A block of steps whose gates all keep every tile to themselves ({@link #isTileLocal}): their
   * coefficients first, then one loop over the tiles applying each step's range kernel; the k-th
   * diagonal layer of the block uses the table {@code layer<k>}. A block of one step is applied
   * to the whole state.
   */
  CodeBlock applyBlock(List<List<GateOp>> block, int id) {
    if (block.size() == 1) {
      return apply(block.get(0), id);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    CodeBlock.Builder loop = CodeBlock.builder();
    int layers = 0, gates = 0;
    for (int i = 0; i < block.size(); i++) {
      List<GateOp> step = block.get(i);
      gates += step.size();
      String table = SingleQubitRuns.isLayer(step) ? "layer" + layers++ : null;
      step(b, loop, step, id + "_" + i, table);
    }
    b.add("// the $L gates above, tile by tile: one pass over memory for all of them\n", gates);
    b.beginControlFlow("for (int from = 0; from < $L; from += TILE)", 1 << qubits);
    b.addStatement("int to = from + TILE");
    b.add(loop.build());
    return b.endControlFlow().build();
  }

  private void step(CodeBlock.Builder b, CodeBlock.Builder loop, List<GateOp> step, String id,
      String table) {
    if (SingleQubitRuns.isLayer(step)) {
      layer(b, loop, step, id, table);
      return;
    }
    if (step.size() == 1) {
      gate(b, loop, step.get(0), id, true);
      return;
    }
    if (SingleQubitRuns.isSelect(step)) {
      select(b, step, id);
      return;
    }
    Entry[] m = run(b, step, id);
    int t = strideValue(step.get(0), 0);
    if (FusedMatrix.isDiagonal(m)) {
      call(b, loop, "diagonal1", "$L, $L", t, codes(m, 0, 1, 6, 7));
    } else if (FusedMatrix.isReal(m)) {
      call(b, loop, "real1", "$L, $L", t, codes(m, 0, 2, 4, 6));
    } else {
      call(b, loop, "general1", "$L, $L", t, codes(m, 0, 1, 2, 3, 4, 5, 6, 7));
    }
  }

  /**
   * A CNOT and the run on its target after it, in one sweep over the whole state: the run's
   * matrix M where the control is clear, M X (M with its columns swapped) where it is set.
   */
  private void select(CodeBlock.Builder b, List<GateOp> step, String id) {
    GateOp cnot = step.get(0);
    b.add("// $L\n", comment(cnot));
    Entry[] m = run(b, step.subList(1, step.size()), id);
    String c = stride(cnot, 0), t = stride(cnot, 1);
    if (FusedMatrix.isReal(m)) {
      b.addStatement("$T.selectReal1(psi, $L, $L, $L)", KERNELS, c, t,
          codes(m, 0, 2, 4, 6, 2, 0, 6, 4));
      return;
    }
    b.addStatement("$T.selectGeneral1(psi, $L, $L, $L)", KERNELS, c, t,
        codes(m, 0, 1, 2, 3, 4, 5, 6, 7, 2, 3, 0, 1, 6, 7, 4, 5));
  }

  /** The product of a run of gates on one wire, as eight entry expressions. */
  private Entry[] run(CodeBlock.Builder b, List<GateOp> step, String id) {
    Entry[] m = null;
    for (int i = 0; i < step.size(); i++) {
      GateOp g = step.get(i);
      b.add("// $L\n", comment(g));
      Entry[] gm = matrix(b, g, id + "_" + i);
      m = m == null ? gm : FusedMatrix.product(b, gm, m, "f" + id + "_" + i);
    }
    return m;
  }

  /**
   * A diagonal layer: each wire's diagonal gates multiplied into diag(d0, d1) and written into
   * the table, then one pass applying the table.
   */
  private void layer(CodeBlock.Builder b, CodeBlock.Builder loop, List<GateOp> step, String id,
      String table) {
    b.addStatement("$T.clear($L, $L)", LAYER_KERNELS, table, qubits);
    for (int from = 0, w = 0; from < step.size(); w++) {
      int to = from;
      while (to < step.size() && step.get(to).wire(0) == step.get(from).wire(0)) {
        to++;
      }
      Entry[] m = run(b, step.subList(from, to), id + "_" + w);
      b.addStatement("$T.wire($L, $L, $L, $L)", LAYER_KERNELS, table, qubits,
          strideValue(step.get(from), 0), codes(m, 0, 1, 6, 7));
      from = to;
    }
    if (loop == null) {
      b.addStatement("$T.apply(psi, $L, $L)", LAYER_KERNELS, table, qubits);
    } else {
      loop.addStatement("$T.apply(psi, $L, $L, from, to)", LAYER_KERNELS, table, qubits);
    }
  }

  /**
   * Whether a step keeps every tile of {@code 2^tileQubits} amplitudes to itself: its kernels
   * mix only amplitudes whose indices differ below the tile (diagonal kernels mix none; controls
   * may lie anywhere), and have a range variant in {@code TileKernels}.
   */
  boolean isTileLocal(List<GateOp> step, int tileQubits) {
    int tile = 1 << tileQubits;
    if (SingleQubitRuns.isLayer(step)) {
      return true;
    }
    if (SingleQubitRuns.isSelect(step)) {
      return false;
    }
    GateOp g = step.get(0);
    if (step.size() > 1 || SingleQubitRuns.FUSABLE.contains(g.gate()) && g.arity() == 1) {
      boolean diagonal = step.stream().allMatch(s -> SingleQubitRuns.DIAGONAL.contains(s.gate()));
      return diagonal || strideValue(g, 0) < tile;
    }
    switch (g.gate()) {
      case I:
      case CZ:
      case CONTROLLED_PHASE:
      case ISING_ZZ:
      case MULTI_RZ:
        return true;
      case CNOT:
      case CY:
      case TOFFOLI:
      case CRX:
      case CRY:
      case CRZ:
      case CROT:
        return strideValue(g, g.arity() - 1) < tile;
      default:
        return false;
    }
  }

  /** The 2x2 matrix of a fusable gate as eight entries (re, im of a, b, c, d). */
  private Entry[] matrix(CodeBlock.Builder b, GateOp g, String id) {
    Entry z = Entry.ZERO;
    Entry one = Entry.ONE;
    Entry r = Entry.constant(Math.sqrt(0.5));
    String[] a = new String[g.angles().size()];
    for (int k = 0; k < a.length; k++) {
      Expr e = g.angle(k);
      if (e instanceof Expr.Constant) {
        a[k] = literal(((Expr.Constant) e).value());
      } else {
        a[k] = "a" + id + (a.length > 1 ? "_" + k : "");
        b.addStatement("double $L = $L", a[k], angleSource(b, g, k, a[k]));
      }
    }
    String c = "c" + id;
    String s = "s" + id;
    Entry cos = Entry.local(c);
    Entry sin = Entry.local(s);
    switch (g.gate()) {
      case H: return new Entry[] {r, z, r, z, r, z, r.negate(), z};
      case X: return new Entry[] {z, z, one, z, one, z, z, z};
      case Y: return new Entry[] {z, z, z, one.negate(), z, one, z, z};
      case Z: return new Entry[] {one, z, z, z, z, z, one.negate(), z};
      case S: return new Entry[] {one, z, z, z, z, z, z, one};
      case SDG: return new Entry[] {one, z, z, z, z, z, z, one.negate()};
      case T: return new Entry[] {one, z, z, z, z, z, r, r};
      case TDG: return new Entry[] {one, z, z, z, z, z, r, r.negate()};
      case SX: {
        Entry h = Entry.constant(0.5);
        return new Entry[] {h, h, h, h.negate(), h, h.negate(), h, h};
      }
      case RX:
        halfAngle(b, g, a[0], c, s);
        return new Entry[] {cos, z, z, sin.negate(), z, sin.negate(), cos, z};
      case RY:
        halfAngle(b, g, a[0], c, s);
        return new Entry[] {cos, z, sin.negate(), z, sin, z, cos, z};
      case RZ:
        halfAngle(b, g, a[0], c, s);
        return new Entry[] {cos, sin.negate(), z, z, z, z, cos, sin};
      case PHASE_SHIFT:
        fullAngle(b, g, a[0], c, s);
        return new Entry[] {one, z, z, z, z, z, cos, sin};
      default: { // U3, ROT: the gate table's matrix
        String m = "m" + id;
        b.addStatement("double[] $L = $T.$L.matrix($L)", m, GATE, g.gate().name(),
            String.join(", ", a));
        Entry[] e = new Entry[8];
        for (int k = 0; k < 8; k++) {
          e[k] = Entry.local(m + "[" + k + "]");
        }
        return e;
      }
    }
  }

  /** The Java of each entry, for a kernel call's arguments. */
  private static CodeBlock codes(Entry[] m, int... indices) {
    java.util.List<CodeBlock> out = new ArrayList<>();
    for (int i : indices) {
      out.add(m[i].code());
    }
    return CodeBlock.join(out, ", ");
  }

  /** {@code ops.add(Operation...)} for the bound-circuit methods. */
  CodeBlock record(GateOp g, int id) {
    CodeBlock.Builder b = CodeBlock.builder();
    List<CodeBlock> a = new ArrayList<>();
    for (int k = 0; k < g.angles().size(); k++) {
      a.add(angleCode.write(b, g.angle(k), "o" + id + "_" + k));
    }
    return b.addStatement("ops.add($L)", operation(g, a)).build();
  }

  private CodeBlock operation(GateOp g, List<CodeBlock> angles) {
    String wires = "new int[] {" + java.util.Arrays.stream(g.wires()).mapToObj(String::valueOf)
        .collect(Collectors.joining(", ")) + "}";
    if (g.gate() == Gate.PAULI_ROT) {
      return CodeBlock.of("$T.pauliRot($L, $S, $L)", OPERATION, angles.get(0), g.word(), wires);
    }
    return CodeBlock.of("$T.of($T.$L, $L$L)", OPERATION, GATE, g.gate().name(), wires,
        angles.isEmpty() ? "" : CodeBlock.of(", $L", CodeBlock.join(angles, ", ")));
  }

  /**
   * The source comment of a gate: its line, the gate with its angles, and the call it came from.
   * An angle of more than {@link #COMMENT_NODES} nodes or with shared subterms is summarised, since
   * printed as a tree it could be as long as the model has gates.
   */
  static String comment(GateOp g) {
    String where = g.site() == null || g.site().line() == 0 ? "" : "line " + g.site().line() + ": ";
    String gate = null;
    for (Expr a : g.angles()) {
      AngleCode.Dag dag = AngleCode.Dag.of(a);
      if (dag.nodes.size() > COMMENT_NODES || dag.uses.values().stream().anyMatch(u -> u > 1)) {
        String w = java.util.Arrays.toString(g.wires());
        gate = g.gate().displayName() + "(an angle of " + dag.nodes.size() + " terms) on "
            + w.substring(1, w.length() - 1);
        break;
      }
    }
    return where + (gate == null ? g.toString() : gate)
        + (g.site() == null ? "" : "  <- " + g.site().text());
  }

  private static String entries(String m, int... indices) {
    return java.util.Arrays.stream(indices).mapToObj(i -> m + "[" + i + "]")
        .collect(Collectors.joining(", "));
  }

  private static void phase(CodeBlock.Builder b, CodeBlock.Builder loop, Object control,
      Object target, String re, String im) {
    call(b, loop, "phase", "$L, $L, $L, $L", control, target, re, im);
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
      b.addStatement("double $L = $T.cos($L), $L = $T.sin($L)", c, MATH, arg, s, MATH, arg);
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
    String s = AngleCode.literal(v);
    return s.startsWith("-") ? "(" + s + ")" : s;
  }
}
