package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.BATCH_EXPECTATION;
import static io.qml4j.processor.emit.RuntimeNames.BATCH_KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.BATCH_STATES;
import static io.qml4j.processor.emit.RuntimeNames.DOUBLES;
import static io.qml4j.processor.emit.RuntimeNames.DOUBLE_ROWS;
import static io.qml4j.processor.emit.RuntimeNames.ILLEGAL_ARGUMENT;
import static io.qml4j.processor.emit.RuntimeNames.MATH;
import static io.qml4j.processor.emit.RuntimeNames.STATE;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Batched evaluation: {@code expectationsBatch(xs, theta)}, {@code expectationBatch(xs, theta)}
 * and {@code statesBatch(xs, theta)}, the model at every row of {@code xs} in one call. The
 * inputs are simulated in blocks of {@code BatchKernels.lanes} states laid out side by side
 * (amplitude k of lane b at {@code k * lanes + b}), so that each gate applies one matrix to
 * contiguous lanes at vector width. Gates are scheduled as in the single-state simulation ({@link SingleQubitRuns}, each
 * wire's run of single-qubit gates one 2x2 matrix); a step whose angles read only theta computes
 * its matrix once per block, a step whose angles read x computes it per lane, in a loop that
 * binds {@code x} to the lane's row so that the same angle code serves both. Gates without a
 * batch kernel of their own apply their dense matrix lane by lane.
 */
final class BatchMethods {
  /**
   * Most qubits simulated in lanes. Above it the batch method evaluates the rows one by one: the
   * single-state kernels already run long contiguous loops there, and a block of 8 states of 13
   * qubits would outgrow the L2 cache.
   */
  static final int BATCH_QUBITS = 12;
  private static final TypeName STATES = ArrayTypeName.of(STATE);
  /** Entries of a 2x2 matrix (re, im of a, b, c, d) a kernel takes: all, or d0 = a and d1 = d. */
  private static final int[] ALL_ENTRIES = {0, 1, 2, 3, 4, 5, 6, 7};
  private static final int[] DIAGONAL_ENTRIES = {0, 1, 6, 7};

  private final ModelIr m;
  private final ModelParameters p;
  private final GateStatements gates;
  private final Strides strides;
  private final int dimension;

  BatchMethods(ModelIr m, ModelParameters p, GateStatements gates) {
    this.m = m;
    this.p = p;
    this.gates = gates;
    this.strides = gates.strides();
    this.dimension = 1 << m.qubits();
  }

  /** Whether the model gets batch methods: it reads inputs. */
  static boolean applies(ModelIr m) {
    return m.takesInputs();
  }

  /**
   * Adds the public batch methods to type ({@code statesBatch}; with observables
   * {@code expectationsBatch} and {@code expectationBatch}), and their private helpers to
   * privates.
   */
  void write(TypeSpec.Builder type, List<MethodSpec> privates, List<String> observableNames) {
    boolean lanes = m.qubits() <= BATCH_QUBITS && !p.featureMapChecks && !p.ansatzChecks;
    boolean simulates = lanes && simulationChunks(privates);
    String thetaArg = p.theta ? ", theta" : "";
    String how = lanes ? "The inputs are simulated in\nblocks of states side by side, each gate "
        + "applied to a whole block at vector width" + (p.theta ? "\n(theta-only matrices once "
        + "per block)" : "") + "."
        : "Evaluated row by row.";
    if (!observableNames.isEmpty()) {
      MethodSpec.Builder all = checked(publicMethod("expectationsBatch", DOUBLE_ROWS)
          .addJavadoc("The expectations of every observable at every input: row b is\n"
              + "{@code expectations(xs[b]$L)} to rounding (1e-12). $L\n", thetaArg, how),
          "{@code [point][observable]}");
      all.addStatement("double[][] out = new double[xs.length][$L]", observableNames.size());
      if (lanes) {
        CodeBlock.Builder perBlock = CodeBlock.builder();
        for (int i = 0; i < observableNames.size(); i++) {
          perBlock.addStatement("$T.of(re, im, QUBITS, lanes, $L, out, from, $L, sums)",
              BATCH_EXPECTATION, observableNames.get(i), i);
        }
        // one scratch for every block: BatchExpectation clears the lanes it uses
        blockLoop(all, simulates, CodeBlock.of("double[] sums = new double[block];\n"),
            perBlock.build());
      } else {
        all.beginControlFlow("for (int b = 0; b < xs.length; b++)")
            .addStatement("out[b] = expectations(xs[b]$L)", thetaArg).endControlFlow();
      }
      type.addMethod(all.addStatement("return out").build());
      type.addMethod(publicMethod("expectationBatch", DOUBLES)
          .addJavadoc("The expectation of the first observable, {@code $L}, at every input: "
              + "element b is\n{@code expectation(xs[b]$L)} to rounding; see "
              + "{@link #expectationsBatch}.\n", m.observables().get(0).name(), thetaArg)
          .addJavadoc("\n@param xs the inputs, one row of {@code INPUTS} values per point\n")
          .addJavadoc(p.theta ? "@param theta the trainable parameters\n" : "")
          .addJavadoc("@return one value per point\n"
              + "@throws IllegalArgumentException as {@link #expectationsBatch}\n")
          .addStatement("double[][] all = expectationsBatch(xs$L)", thetaArg)
          .addStatement("double[] out = new double[all.length]")
          .beginControlFlow("for (int b = 0; b < all.length; b++)")
          .addStatement("out[b] = all[b][0]").endControlFlow()
          .addStatement("return out").build());
    }
    MethodSpec.Builder states = checked(publicMethod("statesBatch", STATES)
        .addJavadoc("The model's state at every input: element b equals {@code state(xs[b]$L)} "
            + "to rounding (1e-12),\nfor kernel matrices and other work on many states. $L\n",
            thetaArg, how), "one state per point");
    states.addStatement("$T[] out = new $T[xs.length]", STATE, STATE);
    if (lanes) {
      blockLoop(states, simulates, CodeBlock.of(""),
          CodeBlock.of("$T.unpack(re, im, QUBITS, lanes, out, from);\n", BATCH_STATES));
    } else {
      states.beginControlFlow("for (int b = 0; b < xs.length; b++)")
          .addStatement("out[b] = state(xs[b]$L)", thetaArg).endControlFlow();
    }
    type.addMethod(states.addStatement("return out").build());
    type.addMethod(checkBatch());
  }

  private MethodSpec.Builder publicMethod(String name, TypeName returns) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns)
        .addParameter(DOUBLE_ROWS, "xs");
    if (p.theta) {
      b.addParameter(DOUBLES, "theta");
    }
    return b;
  }

  /** The parameter, return and exception javadoc of a batch method, and its argument checks. */
  private MethodSpec.Builder checked(MethodSpec.Builder b, String returns) {
    b.addJavadoc("\n@param xs the inputs, one row of {@code INPUTS} values per point\n");
    if (p.theta) {
      b.addJavadoc("@param theta the trainable parameters\n");
    }
    b.addJavadoc("@return $L\n"
        + "@throws IllegalArgumentException if xs is null, or a row$L is null, of the "
        + "wrong length\n    or holds a non-finite value (the message names the row)\n", returns,
        p.theta ? " or theta" : "");
    b.addStatement("checkBatch(xs)");
    if (p.theta) {
      b.addStatement("check(theta, $S, PARAMS)", "theta");
    }
    return b;
  }

  /**
   * The loop over blocks of lanes: each block started in |0...0>, simulated (when the circuit
   * has gates), then handed to perBlock, which reads {@code re, im, lanes, from}; scratch is
   * declared once before the loop, sized by {@code block}.
   */
  private void blockLoop(MethodSpec.Builder b, boolean simulates, CodeBlock scratch,
      CodeBlock perBlock) {
    b.addStatement("int block = $T.lanes(QUBITS, xs.length)", BATCH_KERNELS)
        .addStatement("double[] re = new double[block << QUBITS], im = new double[block << "
            + "QUBITS]")
        .addStatement("double[] perLane = new double[8 * block]")
        .addCode(scratch)
        .beginControlFlow("for (int from = 0; from < xs.length; from += block)")
        .addStatement("int lanes = $T.min(block, xs.length - from)", MATH)
        .addStatement("$T.start(re, im, $L, lanes)", BATCH_KERNELS, dimension);
    if (simulates) {
      b.addStatement("simulateBatch(re, im, perLane, lanes, from, xs$L)",
          p.theta ? ", theta" : "");
    }
    b.addCode(perBlock).endControlFlow();
  }

  /**
   * The chunks {@code simulateBatch0, ...} of the lane simulation and the method
   * {@code simulateBatch} calling them, into privates; false when the circuit has no gate.
   */
  private boolean simulationChunks(List<MethodSpec> privates) {
    List<ParameterSpec> params = new ArrayList<>();
    params.add(ModelParameters.array("re"));
    params.add(ModelParameters.array("im"));
    params.add(ModelParameters.array("perLane"));
    params.add(ParameterSpec.builder(TypeName.INT, "lanes").build());
    params.add(ParameterSpec.builder(TypeName.INT, "from").build());
    params.add(ParameterSpec.builder(DOUBLE_ROWS, "xs").build());
    if (p.theta) {
      params.add(ModelParameters.array("theta"));
    }
    List<GateOp> circuit = new ArrayList<>(m.featureMap());
    circuit.addAll(m.ansatz());
    return !MethodChunks.chunks(privates, "simulateBatch", steps(circuit), params,
        step -> BytecodeEstimates.ofStep(step) + 200, this::step).isEmpty();
  }

  /**
   * The single-state schedule, with each diagonal layer split back into its wires' runs: the
   * batch loops are long already, so a layer's table buys nothing.
   */
  private List<List<GateOp>> steps(List<GateOp> circuit) {
    List<List<GateOp>> steps = new ArrayList<>();
    for (List<GateOp> step : SingleQubitRuns.schedule(circuit, m.qubits())) {
      if (!SingleQubitRuns.isLayer(step)) {
        steps.add(step);
        continue;
      }
      for (int from = 0; from < step.size();) {
        int to = from;
        while (to < step.size() && step.get(to).wire(0) == step.get(from).wire(0)) {
          to++;
        }
        steps.add(List.copyOf(step.subList(from, to)));
        from = to;
      }
    }
    return steps;
  }

  private CodeBlock step(List<GateOp> step, int id) {
    CodeBlock.Builder b = CodeBlock.builder();
    boolean perLane = readsInput(step);
    GateOp first = step.get(0);
    if (first.arity() == 1 && SingleQubitRuns.FUSABLE.contains(first.gate())) {
      run(b, step, String.valueOf(id), perLane);
    } else {
      gate(b, first, String.valueOf(id), perLane);
    }
    return b.build();
  }

  /**
   * A run of single-qubit gates on one wire: one 2x2 matrix, shared or per lane. In a run per
   * lane, each stretch of gates that reads only theta is multiplied out once, before the lane
   * loop, so that the loop computes only what the input changes (for an encoding
   * {@code RZ(x) Rot(theta)}: the RZ and one product, not the Rot's trigonometry).
   */
  private void run(CodeBlock.Builder b, List<GateOp> step, String id, boolean perLane) {
    int t = strides.of(step.get(0), 0);
    if (!perLane) {
      Entry[] e = product(b, null, step, 0, id);
      boolean diagonal = FusedMatrix.isDiagonal(e);
      b.addStatement("$T.$L(re, im, $L, lanes, $L, $L)", BATCH_KERNELS,
          diagonal ? "diagonal1" : "general1", dimension, t, codes(e, diagonal));
      return;
    }
    List<List<GateOp>> stretches = new ArrayList<>();
    List<Entry[]> shared = new ArrayList<>();
    int index = 0;
    for (int from = 0; from < step.size();) {
      boolean input = readsInput(List.of(step.get(from)));
      int to = from;
      while (to < step.size() && readsInput(List.of(step.get(to))) == input) {
        to++;
      }
      List<GateOp> stretch = step.subList(from, to);
      stretches.add(stretch);
      shared.add(input ? null : product(b, null, stretch, index, id));
      index += stretch.size();
      from = to;
    }
    CodeBlock.Builder body = laneLoop(b);
    Entry[] e = null;
    index = 0;
    for (int k = 0; k < stretches.size(); k++) {
      List<GateOp> stretch = stretches.get(k);
      if (shared.get(k) == null) {
        e = product(body, e, stretch, index, id);
      } else {
        e = e == null ? shared.get(k)
            : FusedMatrix.product(body, shared.get(k), e, "p" + id + "_" + index);
      }
      index += stretch.size();
    }
    // a diagonal product (RZ, PhaseShift runs) needs only its two diagonal entries
    boolean diagonal = FusedMatrix.isDiagonal(e);
    int[] entries = diagonal ? DIAGONAL_ENTRIES : ALL_ENTRIES;
    for (int k = 0; k < entries.length; k++) {
      body.addStatement("perLane[$L] = $L", k == 0 ? "b" : k + " * lanes + b",
          e[entries[k]].code());
    }
    b.add(body.build()).endControlFlow();
    b.addStatement("$T.$L(re, im, $L, lanes, $L, perLane)", BATCH_KERNELS,
        diagonal ? "diagonal1Lanes" : "general1Lanes", dimension, t);
  }

  /** The kernel arguments of a 2x2 product: d0 and d1 of a diagonal one, else all eight. */
  private static CodeBlock codes(Entry[] e, boolean diagonal) {
    return CodeBlock.join(java.util.Arrays.stream(diagonal ? DIAGONAL_ENTRIES : ALL_ENTRIES)
        .mapToObj(k -> e[k].code()).collect(Collectors.toList()), ", ");
  }

  /**
   * The gates multiplied onto {@code e} (null: onto the identity), their locals named after id
   * and their index in the run, which starts at {@code first}.
   */
  private Entry[] product(CodeBlock.Builder b, Entry[] e, List<GateOp> gatesInOrder, int first,
      String id) {
    for (int i = 0; i < gatesInOrder.size(); i++) {
      GateOp g = gatesInOrder.get(i);
      String gateId = id + "_" + (first + i);
      b.add("// $L\n", GateComments.of(g));
      Entry[] gm = SingleQubitMatrix.of(b, g, gateId, gates.angles());
      e = e == null ? gm : FusedMatrix.product(b, gm, e, "f" + gateId);
    }
    return e;
  }

  /** A multi-wire gate (or a single-qubit one outside the fusable set). */
  private void gate(CodeBlock.Builder b, GateOp g, String id, boolean perLane) {
    int mask = 0;
    for (int k = 0; k < g.arity(); k++) {
      mask |= strides.of(g, k);
    }
    String c = "c" + id, s = "s" + id;
    switch (g.gate()) {
      case I:
        return;
      case CNOT:
      case TOFFOLI: {
        b.add("// $L\n", GateComments.of(g));
        int t = strides.of(g, g.arity() - 1);
        b.addStatement("$T.controlledX(re, im, $L, lanes, $L, $L)", BATCH_KERNELS, dimension,
            mask & ~t, t);
        return;
      }
      case CZ:
        b.add("// $L\n", GateComments.of(g));
        b.addStatement("$T.phase(re, im, $L, lanes, $L, -1.0, 0.0)", BATCH_KERNELS, dimension,
            mask);
        return;
      case CONTROLLED_PHASE:
      case ISING_ZZ:
      case MULTI_RZ: {
        boolean phase = g.gate() == io.qml4j.dsl.Gate.CONTROLLED_PHASE;
        String kernel = phase ? "phase" : "parityPhase";
        CodeBlock.Builder body = perLane ? laneLoop(b) : b;
        body.add("// $L\n", GateComments.of(g));
        List<String> a = gates.angles().declare(body, g, id);
        if (phase) {
          AngleLocals.fullAngle(body, g, a.get(0), c, s);
        } else {
          AngleLocals.halfAngle(body, g, a.get(0), c, s);
        }
        if (!perLane) {
          b.addStatement("$T.$L(re, im, $L, lanes, $L, $L, $L)", BATCH_KERNELS, kernel,
              dimension, mask, c, s);
          return;
        }
        body.addStatement("perLane[b] = $L", c).addStatement("perLane[lanes + b] = $L", s);
        b.add(body.build()).endControlFlow();
        b.addStatement("$T.$LLanes(re, im, $L, lanes, $L, perLane)", BATCH_KERNELS, kernel,
            dimension, mask);
        return;
      }
      default:
        dense(b, g, id, perLane);
    }
  }

  /** Any other gate: its dense matrix from the runtime's gate table, applied lane by lane. */
  private void dense(CodeBlock.Builder b, GateOp g, String id, boolean perLane) {
    String wires = java.util.Arrays.stream(g.wires()).map(strides::of)
        .mapToObj(String::valueOf).collect(Collectors.joining(", "));
    b.addStatement("int[] strides$L = {$L}", id, wires);
    b.addStatement("double[] scratch$L = new double[$L]", id, 2 << g.arity());
    CodeBlock.Builder body = perLane ? laneLoop(b) : b;
    body.add("// $L\n", GateComments.of(g));
    List<String> a = gates.angles().declare(body, g, id);
    body.addStatement("double[] u$L = $L.matrix()", id, OperationRecords.operation(g,
        a.stream().map(v -> CodeBlock.of("$L", v)).collect(Collectors.toList())));
    if (!perLane) {
      body.beginControlFlow("for (int b = 0; b < lanes; b++)");
    }
    body.addStatement("$T.dense(re, im, $L, lanes, b, strides$L, u$L, scratch$L)",
        BATCH_KERNELS, dimension, id, id, id);
    b.add(perLane ? body.build() : CodeBlock.of("")).endControlFlow();
  }

  /** A fresh body for a loop over the lanes that binds x to the lane's row. */
  private static CodeBlock.Builder laneLoop(CodeBlock.Builder outer) {
    outer.beginControlFlow("for (int b = 0; b < lanes; b++)");
    return CodeBlock.builder().addStatement("double[] x = xs[from + b]");
  }

  /** Whether an angle of the step reads x. */
  private static boolean readsInput(List<GateOp> step) {
    Set<Expr.Symbol> symbols = new HashSet<>();
    for (GateOp g : step) {
      g.angles().forEach(a -> a.collectSymbols(symbols));
    }
    return symbols.stream().anyMatch(s -> s.source() == Expr.Source.INPUT);
  }

  /** Rejects a null batch or a bad row, naming the row; builds no message for good rows. */
  private static MethodSpec checkBatch() {
    return MethodSpec.methodBuilder("checkBatch").addModifiers(Modifier.PRIVATE,
        Modifier.STATIC).addParameter(DOUBLE_ROWS, "xs")
        .beginControlFlow("if (xs == null)")
        .addStatement("throw new $T($S)", ILLEGAL_ARGUMENT,
            "xs: expected a batch of inputs, got null")
        .endControlFlow()
        .beginControlFlow("for (int b = 0; b < xs.length; b++)")
        .addStatement("double[] x = xs[b]")
        .addStatement("boolean good = x != null && x.length == INPUTS")
        .beginControlFlow("for (int i = 0; good && i < x.length; i++)")
        .addStatement("good = $T.isFinite(x[i])", RuntimeNames.DOUBLE)
        .endControlFlow()
        .beginControlFlow("if (!good)")
        .addStatement("check(x, $S + b + $S, INPUTS)", "xs[", "]")
        .endControlFlow()
        .endControlFlow().build();
  }
}
