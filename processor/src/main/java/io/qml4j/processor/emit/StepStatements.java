package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.KernelCalls.call;
import static io.qml4j.processor.emit.RuntimeNames.KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.LAYER_KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.PHASE_POLYNOMIAL;

import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a scheduled step ({@link SingleQubitRuns}): a single gate through
 * {@link GateStatements}, a run of single-qubit gates on one wire multiplied into one 2x2 matrix,
 * a CNOT and the run after it on its target in one sweep, a diagonal layer through the
 * runtime's {@code LayerKernels}, or a run of CNOTs and diagonals ({@link PhaseRuns}) through its
 * {@code PhasePolynomial}; and of a block of tile-local steps, whose coefficients are
 * computed once before a loop over the tiles that calls each step's {@code TileKernels} range
 * kernel.
 */
final class StepStatements {
  private final GateStatements gates;
  private final Strides strides;

  StepStatements(GateStatements gates) {
    this.gates = gates;
    this.strides = gates.strides();
  }

  /**
   * One step on the whole state. In a fused run, entries that are literal zeros fold away, so a
   * run of diagonal gates stays a diagonal kernel and a run of real gates a real one; a diagonal
   * layer uses the table {@code layer0}.
   */
  CodeBlock apply(List<GateOp> step, int id) {
    CodeBlock.Builder b = CodeBlock.builder();
    step(b, null, step, String.valueOf(id), "layer0");
    return b.build();
  }

  /**
   * A block of steps whose gates all keep every tile to themselves ({@link TileLocality}): their
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
    int layers = 0, gateCount = 0;
    for (int i = 0; i < block.size(); i++) {
      List<GateOp> step = block.get(i);
      gateCount += step.size();
      String table = SingleQubitRuns.isLayer(step) ? "layer" + layers++ : null;
      step(b, loop, step, id + "_" + i, table);
    }
    b.add("// the $L gates above, tile by tile: one pass over memory for all of them\n",
        gateCount);
    b.beginControlFlow("for (int from = 0; from < $L; from += TILE)", 1 << strides.qubits());
    b.addStatement("int to = from + TILE");
    b.add(loop.build());
    return b.endControlFlow().build();
  }

  private void step(CodeBlock.Builder b, CodeBlock.Builder loop, List<GateOp> step, String id,
      String table) {
    if (PhaseRuns.isPhaseRun(step, strides.qubits())) {
      phaseRun(b, step, id);
      return;
    }
    if (SingleQubitRuns.isLayer(step)) {
      layer(b, loop, step, id, table);
      return;
    }
    if (step.size() == 1) {
      gates.gate(b, loop, step.get(0), id, true);
      return;
    }
    if (SingleQubitRuns.isSelect(step)) {
      select(b, step, id);
      return;
    }
    Entry[] m = run(b, step, id);
    int t = strides.of(step.get(0), 0);
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
    b.add("// $L\n", GateComments.of(cnot));
    Entry[] m = run(b, step.subList(1, step.size()), id);
    int c = strides.of(cnot, 0), t = strides.of(cnot, 1);
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
      b.add("// $L\n", GateComments.of(g));
      Entry[] gm = SingleQubitMatrix.of(b, g, id + "_" + i, gates.angles());
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
    int qubits = strides.qubits();
    b.addStatement("$T.clear($L, $L)", LAYER_KERNELS, table, qubits);
    for (int from = 0, w = 0; from < step.size(); w++) {
      int to = from;
      while (to < step.size() && step.get(to).wire(0) == step.get(from).wire(0)) {
        to++;
      }
      Entry[] m = run(b, step.subList(from, to), id + "_" + w);
      b.addStatement("$T.wire($L, $L, $L, $L)", LAYER_KERNELS, table, qubits,
          strides.of(step.get(from), 0), codes(m, 0, 1, 6, 7));
      from = to;
    }
    if (loop == null) {
      b.addStatement("$T.apply(psi, $L, $L)", LAYER_KERNELS, table, qubits);
    } else {
      loop.addStatement("$T.apply(psi, $L, $L, from, to)", LAYER_KERNELS, table, qubits);
    }
  }

  /**
   * A run of CNOTs and diagonal gates ({@link PhaseRuns}): each diagonal's angles added to a
   * phase polynomial on the parities its wires hold after the CNOTs before it (worked out here),
   * one pass applying it, then the CNOTs after the last point where those before multiply to the
   * identity.
   */
  private void phaseRun(CodeBlock.Builder b, List<GateOp> step, String id) {
    int qubits = strides.qubits();
    String phases = "phases" + id;
    b.add("// $L gates, CNOTs and diagonals, as one phase table: each diagonal a phase on the\n",
        step.size());
    b.add("// parities (masks of strides) its wires hold after the CNOTs before it\n");
    b.addStatement("double[] $L = new double[$L]", phases, 1 << qubits);
    int[] rows = new int[qubits];
    for (int w = 0; w < qubits; w++) {
      rows[w] = strides.of(w);
    }
    List<GateOp> cnots = new ArrayList<>();
    for (int i = 0; i < step.size(); i++) {
      GateOp g = step.get(i);
      b.add("// $L\n", GateComments.of(g));
      if (g.gate() == Gate.CNOT) {
        cnots.add(g);
        rows[g.wire(1)] ^= rows[g.wire(0)];
        if (PhaseRuns.isIdentity(rows, strides)) {
          // the CNOTs so far multiply to the identity: none of them needs applying
          cnots.clear();
        }
        continue;
      }
      List<String> a = gates.angles().declare(b, g, id + "_" + i);
      int first = rows[g.wire(0)];
      switch (g.gate()) {
        case Z: polynomial(b, "parity", phases, first, "Math.PI"); break;
        case S: polynomial(b, "parity", phases, first, "Math.PI / 2"); break;
        case SDG: polynomial(b, "parity", phases, first, "-Math.PI / 2"); break;
        case T: polynomial(b, "parity", phases, first, "Math.PI / 4"); break;
        case TDG: polynomial(b, "parity", phases, first, "-Math.PI / 4"); break;
        case PHASE_SHIFT: polynomial(b, "parity", phases, first, a.get(0)); break;
        case RZ:
          b.addStatement("$T.global($L, -0.5 * $L)", PHASE_POLYNOMIAL, phases, a.get(0));
          polynomial(b, "parity", phases, first, a.get(0));
          break;
        case CZ:
          b.addStatement("$T.both($L, $L, $L, Math.PI)", PHASE_POLYNOMIAL, phases, first,
              rows[g.wire(1)]);
          break;
        case CONTROLLED_PHASE:
          b.addStatement("$T.both($L, $L, $L, $L)", PHASE_POLYNOMIAL, phases, first,
              rows[g.wire(1)], a.get(0));
          break;
        case CRZ:
          // RZ on the target where the control is set: -t/2 on the control, t on both
          polynomial(b, "parity", phases, first, "-0.5 * " + a.get(0));
          b.addStatement("$T.both($L, $L, $L, $L)", PHASE_POLYNOMIAL, phases, first,
              rows[g.wire(1)], a.get(0));
          break;
        case ISING_ZZ:
        case MULTI_RZ: {
          int mask = 0;
          for (int k = 0; k < g.arity(); k++) {
            mask ^= rows[g.wire(k)];
          }
          b.addStatement("$T.global($L, -0.5 * $L)", PHASE_POLYNOMIAL, phases, a.get(0));
          polynomial(b, "parity", phases, mask, a.get(0));
          break;
        }
        default:
          throw new IllegalStateException("not a phase-run gate: " + g.gate());
      }
    }
    b.addStatement("$T.apply(psi, $L, $L)", PHASE_POLYNOMIAL, phases, qubits);
    if (step.stream().anyMatch(g -> g.gate() == Gate.CNOT)) {
      b.add(cnots.isEmpty() ? "// the run's CNOTs cancel\n"
          : "// the CNOTs after the last point where those before cancel\n");
    }
    for (GateOp cnot : cnots) {
      b.addStatement("$T.controlledX(psi, $L, $L)", KERNELS, strides.of(cnot, 0),
          strides.of(cnot, 1));
    }
  }

  private static void polynomial(CodeBlock.Builder b, String method, String phases, int mask,
      String angle) {
    b.addStatement("$T.$L($L, $L, $L)", PHASE_POLYNOMIAL, method, phases, mask, angle);
  }

  /** The Java of each entry, for a kernel call's arguments. */
  private static CodeBlock codes(Entry[] m, int... indices) {
    List<CodeBlock> out = new ArrayList<>();
    for (int i : indices) {
      out.add(m[i].code());
    }
    return CodeBlock.join(out, ", ");
  }
}
