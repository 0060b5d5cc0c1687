package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.CIRCUIT;
import static io.qml4j.processor.emit.RuntimeNames.DOUBLES;
import static io.qml4j.processor.emit.RuntimeNames.EXPECTATION;
import static io.qml4j.processor.emit.RuntimeNames.GENERATED;
import static io.qml4j.processor.emit.RuntimeNames.ILLEGAL_ARGUMENT;
import static io.qml4j.processor.emit.RuntimeNames.LAYER_KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.OPERATIONS;
import static io.qml4j.processor.emit.RuntimeNames.PAULI_STRING;
import static io.qml4j.processor.emit.RuntimeNames.PAULI_SUM;
import static io.qml4j.processor.emit.RuntimeNames.STATE;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.qml4j.dsl.Limits;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import io.qml4j.processor.ir.ObservableIr;
import io.qml4j.processor.ir.PauliTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The emit phase: turns a model (its circuit as written and as optimised) into the source of the
 * generated model class with JavaPoet. See docs/processor.md for the generated API.
 */
public final class ModelWriter {
  /**
   * Budget of estimated bytecode per generated chunk method. HotSpot does not JIT-compile a method
   * over 8,000 bytes of bytecode ({@code -XX:-DontCompileHugeMethods}); the estimate below is
   * conservative, so chunks stay well under that limit.
   */
  static final int CHUNK_BYTES = 5_000;
  /**
   * Tile size for cache blocking in generated code, as a qubit count: the shared
   * {@link Limits#TILE_QUBITS}, the runtime kernels' tile. Models with more qubits apply runs of
   * tile-local steps tile by tile; the generated class holds the tile as a constant.
   */
  static final int TILE_QUBITS = Limits.TILE_QUBITS;
  /**
   * Most estimated bytecode in one tile block. The estimate is about 2.5 times the real size for
   * gate statements, so a block this large still compiles to a method far under 8,000 bytes; a
   * longer run of tile-local steps is cut into several blocks (one more pass each).
   */
  static final int TILE_BLOCK_BYTES = 8_000;


  private final String processorName;

  /** A writer that names {@code processorName} in {@code @Generated}. */
  public ModelWriter(String processorName) {
    this.processorName = processorName;
  }

  /**
   * The generated source.
   *
   * @param written the model's circuit as written (for {@code circuit(...)})
   * @param simulated the circuit that the generated simulation runs (optimised or not)
   */
  public JavaFile write(ModelIr written, ModelIr simulated) {
    ModelIr m = simulated;
    ClassName self = ClassName.get(m.packageName(), m.generatedName());
    // Not ClassName.bestGuess: it takes a lower-case or non-Latin first letter ("myModel", "_M")
    // for a package name and throws.
    ClassName model = m.site().element() instanceof TypeElement
        ? ClassName.get((TypeElement) m.site().element())
        : ClassName.get(m.packageName(), m.modelName());
    AngleCode angleCode = new AngleCode();
    GateStatements gates = new GateStatements(m.qubits(), angleCode);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addOriginatingElement(m.site().element())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", processorName)
            .addMember("comments", "$S", "from " + model.canonicalName()).build())
        .addJavadoc("The model {@link $T}, compiled by qml4j: $L qubit(s), $L trainable "
            + "parameter(s), $L input(s);\n$L gates as written, $L simulated$L.\nGenerated code: "
            + "do not edit.\n", model, m.qubits(), m.params(), m.inputs(), written.gateCount(),
            m.gateCount(), m.optimize() ? " after optimisation" : " (optimisation off)")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addField(constant("QUBITS", m.qubits(), "Number of qubits; wire 0 is the most "
        + "significant bit of a basis index."));
    type.addField(constant("PARAMS", m.params(), "Number of trainable parameters: the length of "
        + "{@code theta}."));
    type.addField(constant("INPUTS", m.inputs(), "Number of inputs: the length of {@code x}."));
    type.addField(constant("GATES", m.gateCount(), "Number of gates the simulation applies."));
    if (m.qubits() > TILE_QUBITS) {
      type.addField(FieldSpec.builder(TypeName.INT, "TILE", Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).addJavadoc("Amplitudes per tile of the cache-blocked simulation.\n")
          .initializer("1 << $L", TILE_QUBITS).build());
    }
    List<String> observableNames = new ArrayList<>();
    NameAllocator names = reservedFieldNames();
    for (ObservableIr o : m.observables()) {
      // "zz" and "ZZ", or an observable named "gates" or "tile", must not clash with another
      // constant: the allocator hands out each name once, appending "_" to a taken one.
      String name = names.newName(constantName(o.name()));
      observableNames.add(name);
      type.addField(FieldSpec.builder(PAULI_SUM, name, Modifier.PUBLIC, Modifier.STATIC,
          Modifier.FINAL).addJavadoc("The observable {@link $T#$L}: {@code $L}.\n", model,
          o.name(), describe(o.terms())).initializer(pauliSum(o.terms())).build());
    }

    Params p = new Params(m.takesInputs(), m.takesParams(), !m.featureMapNormalized().isEmpty(),
        !m.ansatzNormalized().isEmpty());
    List<MethodSpec> privates = new ArrayList<>();
    if (!m.observables().isEmpty()) {
      type.addMethod(p.publicMethod("expectation", TypeName.DOUBLE)
          .addJavadoc("The expectation of the first observable, {@code $L}, in the model's "
              + "state.\n", m.observables().get(0).name())
          .addStatement("return $T.of(state($L), $L)", EXPECTATION, p.args(),
              observableNames.get(0)).build());
      type.addMethod(p.publicMethod("expectations", DOUBLES)
          .addJavadoc("The expectations of every observable, in declaration order.\n")
          .addStatement("$T state = state($L)", STATE, p.args())
          .addStatement("return new double[] {$L}", CodeBlock.join(observableNames.stream()
              .map(n -> CodeBlock.of("$T.of(state, $L)", EXPECTATION, n))
              .collect(java.util.stream.Collectors.toList()), ", ")).build());
    }
    MethodSpec.Builder state = p.publicMethod("state", STATE)
        .addJavadoc("The model's state: the circuit applied to |0...0>.\n");
    p.check(state);
    state.addStatement("double[] psi = $T.allocate(QUBITS)", STATE).addStatement("psi[0] = 1");
    if (m.hasFeatureMap()) {
      state.addStatement("featureMap(psi, $L)", m.takesInputs() ? "x" : "");
    }
    if (m.takesParams()) {
      state.addStatement("ansatz(psi$L)", p.chunkArgs());
    }
    type.addMethod(state.addStatement("return $T.wrap(QUBITS, psi)", STATE).build());
    type.addMethod(circuitMethod(p, "circuit", "The circuit as written in the model class, bound "
        + "to these arguments:\nthe same gates the runtime's CircuitBuilder records when it runs "
        + "the model's methods.\n", written, gates, privates, "written"));
    type.addMethod(circuitMethod(p, "simulatedCircuit", "The circuit this class simulates, bound "
        + "to these arguments\n(after optimisation, if on): equal in effect to "
        + "{@link #circuit}.\n", m, gates, privates, "simulated"));
    if (m.hasFeatureMap()) {
      type.addMethod(kernel(p));
      simulation(privates, "featureMap", m.featureMap(), m.qubits(), "double[] psi, double[] x",
          "psi, x", gates);
    }
    if (m.takesParams()) {
      simulation(privates, "ansatz", m.ansatz(), m.qubits(), "double[] psi" + p.chunkParams(),
          "psi" + p.chunkArgs(), gates);
    }
    if (!m.observables().isEmpty()) {
      new GradientWriter(m, p, observableNames, gates).write(type, privates);
    }
    type.addMethods(privates);
    type.addMethods(angleCode.helpers());
    type.addMethod(checkMethod());
    if (p.featureMapChecks) {
      type.addMethod(FeatureChecks.featureMap(m.featureMapNormalized(), angleCode));
    }
    if (p.ansatzChecks) {
      type.addMethod(FeatureChecks.ansatz(m.ansatzNormalized(), p, angleCode));
    }
    return JavaFile.builder(m.packageName(), type.build()).skipJavaLangImports(false)
        .indent("  ").build();
  }

  /**
   * An allocator holding every field name the generated class may declare besides the
   * observables, so that an observable's constant never takes one of them.
   */
  private static NameAllocator reservedFieldNames() {
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("QUBITS", "PARAMS", "INPUTS", "GATES", "TILE", "ANGLES",
        "OBSERVABLE_SUMS", "SHIFT_RULES", "TWO_TERM_SHIFTS", "TWO_TERM_COEFFICIENTS",
        "FOUR_TERM_SHIFTS", "FOUR_TERM_COEFFICIENTS")) {
      names.newName(reserved);
    }
    for (io.qml4j.dsl.Gate g : io.qml4j.dsl.Gate.values()) {
      names.newName(BackwardStatements.generatorField(g));
    }
    return names;
  }

  private MethodSpec kernel(Params p) {
    return MethodSpec.methodBuilder("kernel").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(TypeName.DOUBLE)
        .addJavadoc("The fidelity kernel of the feature map, {@code |<phi(x1)|phi(x2)>|^2}.\n")
        .addParameter(DOUBLES, "x1").addParameter(DOUBLES, "x2")
        .addStatement("check(x1, $S, INPUTS)", "x1").addStatement("check(x2, $S, INPUTS)", "x2")
        .addCode(p.featureMapChecks ? CodeBlock.builder()
            .addStatement("$L(x1, $S)", FeatureChecks.FEATURE_MAP, "x1")
            .addStatement("$L(x2, $S)", FeatureChecks.FEATURE_MAP, "x2").build()
            : CodeBlock.of(""))
        .addStatement("double[] a = $T.allocate(QUBITS)", STATE).addStatement("a[0] = 1")
        .addStatement("featureMap(a, x1)")
        .addStatement("double[] b = $T.allocate(QUBITS)", STATE).addStatement("b[0] = 1")
        .addStatement("featureMap(b, x2)")
        .addStatement("double re = 0, im = 0")
        .beginControlFlow("for (int i = 0; i < a.length; i += 2)")
        .addStatement("re += a[i] * b[i] + a[i + 1] * b[i + 1]")
        .addStatement("im += a[i] * b[i + 1] - a[i + 1] * b[i]")
        .endControlFlow()
        .addStatement("return re * re + im * im").build();
  }

  private MethodSpec circuitMethod(Params p, String name, String doc, ModelIr ir,
      GateStatements gates, List<MethodSpec> privates, String prefix) {
    MethodSpec.Builder b = p.publicMethod(name, CIRCUIT).addJavadoc(doc);
    p.check(b);
    b.addStatement("$T ops = new $T<>($L)", OPERATIONS, ClassName.get(ArrayList.class),
        ir.gateCount());
    List<GateOp> all = new ArrayList<>(ir.featureMap());
    all.addAll(ir.ansatz());
    List<String> calls = chunks(privates, prefix, all, "List ops" + p.chunkParams(), "ops"
        + p.chunkArgs(), ModelWriter::estimateBytes, (g, id) -> gates.record(g, id));
    calls.forEach(c -> b.addStatement(c));
    return b.addStatement("return new $T(QUBITS, ops)", CIRCUIT).build();
  }

  /**
   * The simulation of a gate list as chunks {@code prefix0, prefix1, ...} and a method
   * {@code prefix} calling them: single-qubit runs and diagonal layers scheduled by
   * {@link SingleQubitRuns}; on states larger than a tile, consecutive tile-local steps grouped
   * into blocks applied tile by tile ({@link #blocks}).
   */
  static void simulation(List<MethodSpec> privates, String prefix, List<GateOp> gates,
      int qubits, String params, String args, GateStatements statements) {
    List<List<GateOp>> steps = SingleQubitRuns.mergeCnots(
        SingleQubitRuns.schedule(gates, qubits), qubits, TILE_QUBITS);
    List<List<List<GateOp>>> blocks = blocks(steps, qubits, statements);
    chunks(privates, prefix, blocks, params, args, ModelWriter::estimateBlockBytes,
        statements::applyBlock, chunk -> layerTables(chunk, qubits));
  }

  /**
   * Groups steps into blocks: with more qubits than {@link #TILE_QUBITS}, each maximal run of
   * tile-local steps (at most {@link #TILE_BLOCK_BYTES} of estimated bytecode, so that it fits
   * one chunk) is a block, applied tile by tile; every other step is a block of its own.
   */
  static List<List<List<GateOp>>> blocks(List<List<GateOp>> steps, int qubits,
      GateStatements statements) {
    List<List<List<GateOp>>> blocks = new ArrayList<>();
    List<List<GateOp>> open = new ArrayList<>();
    int bytes = 0;
    for (List<GateOp> step : steps) {
      boolean local = qubits > TILE_QUBITS && statements.isTileLocal(step, TILE_QUBITS);
      int cost = estimateBytes(step);
      if (!open.isEmpty() && (!local || bytes + cost > TILE_BLOCK_BYTES)) {
        blocks.add(List.copyOf(open));
        open.clear();
        bytes = 0;
      }
      if (local) {
        open.add(step);
        bytes += cost;
      } else {
        blocks.add(List.of(step));
      }
    }
    if (!open.isEmpty()) {
      blocks.add(List.copyOf(open));
    }
    return blocks;
  }

  /** The diagonal-layer tables a chunk needs: one per layer of its largest block. */
  private static CodeBlock layerTables(List<List<List<GateOp>>> chunk, int qubits) {
    long tables = chunk.stream().mapToLong(block -> block.stream()
        .filter(SingleQubitRuns::isLayer).count()).max().orElse(0);
    CodeBlock.Builder b = CodeBlock.builder();
    for (int k = 0; k < tables; k++) {
      b.addStatement("double[] layer$L = new double[$T.tableLength($L)]", k,
          LAYER_KERNELS, qubits);
    }
    return b.build();
  }

  /** A block's estimated bytecode: its steps, plus the tile loop and range arguments. */
  static int estimateBlockBytes(List<List<GateOp>> block) {
    int bytes = block.stream().mapToInt(ModelWriter::estimateBytes).sum();
    return block.size() == 1 ? bytes : bytes + 30 + 4 * block.size();
  }

  /**
   * Splits gates into private methods {@code prefix0, prefix1, ...} of bounded estimated bytecode
   * and adds a method {@code prefix} that calls them in order (when gates is non-empty). Returns
   * the calls, for callers that inline them.
   */
  static <T> List<String> chunks(List<MethodSpec> type, String prefix, List<T> gates,
      String params, String args, java.util.function.ToIntFunction<T> estimate,
      BiFunction<T, Integer, CodeBlock> statement) {
    return chunks(type, prefix, gates, params, args, estimate, statement,
        chunk -> CodeBlock.builder().build());
  }

  /** {@link #chunks} with a header per chunk, written before its statements. */
  static <T> List<String> chunks(List<MethodSpec> type, String prefix, List<T> gates,
      String params, String args, java.util.function.ToIntFunction<T> estimate,
      BiFunction<T, Integer, CodeBlock> statement, Function<List<T>, CodeBlock> header) {
    List<String> calls = new ArrayList<>();
    List<T> chunk = new ArrayList<>();
    int bytes = 0;
    for (T g : gates) {
      int cost = estimate.applyAsInt(g);
      if (!chunk.isEmpty() && bytes + cost > CHUNK_BYTES) {
        type.add(chunk(prefix + calls.size(), params, chunk, statement, header));
        calls.add(prefix + calls.size() + "(" + args + ")");
        chunk.clear();
        bytes = 0;
      }
      chunk.add(g);
      bytes += cost;
    }
    if (!chunk.isEmpty()) {
      type.add(chunk(prefix + calls.size(), params, chunk, statement, header));
      calls.add(prefix + calls.size() + "(" + args + ")");
    }
    if (!prefix.equals("written") && !prefix.equals("simulated")) {
      MethodSpec.Builder all = privateMethod(prefix, params);
      calls.forEach(c -> all.addStatement(c));
      type.add(all.build());
    }
    return calls;
  }

  private static <T> MethodSpec chunk(String name, String params, List<T> items,
      BiFunction<T, Integer, CodeBlock> statement, Function<List<T>, CodeBlock> header) {
    MethodSpec.Builder chunk = privateMethod(name, params);
    chunk.addCode(header.apply(items));
    for (int id = 0; id < items.size(); id++) {
      chunk.addCode(statement.apply(items.get(id), id));
    }
    return chunk.build();
  }

  private static MethodSpec.Builder privateMethod(String name, String params) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    for (String param : params.split(", ")) {
      String[] parts = param.split(" ");
      TypeName t = parts[0].equals("double[]") ? DOUBLES : OPERATIONS;
      b.addParameter(t, parts[1]);
    }
    return b;
  }

  /**
   * A generous estimate of a gate's bytecode: about 30 bytes of kernel call and trig, plus about
   * 6 per node of each angle expression (loads, constants, arithmetic, calls).
   */
  static int estimateBytes(List<GateOp> step) {
    int gates = step.stream().mapToInt(ModelWriter::estimateBytes).sum();
    if (SingleQubitRuns.isLayer(step)) {
      // products where a wire has several gates, and one table update of about 40 per wire
      long wires = step.stream().mapToInt(g -> g.wire(0)).distinct().count();
      return gates + 100 * (step.size() - (int) wires) + 40 * (int) wires;
    }
    // a fused run adds about 100 bytes of complex products per gate after the first
    return gates + 100 * (step.size() - 1);
  }

  static int estimateBytes(GateOp g) {
    int bytes = 60;
    for (var a : g.angles()) {
      bytes += 40 + AngleCode.estimateBytes(a);
    }
    return bytes;
  }

  private static MethodSpec checkMethod() {
    return MethodSpec.methodBuilder("check").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(DOUBLES, "values").addParameter(String.class, "name")
        .addParameter(int.class, "expected")
        .beginControlFlow("if (values == null)")
        .addStatement("throw new $T(name + $S + expected + $S)", ILLEGAL_ARGUMENT,
            ": expected ", " values, got null")
        .endControlFlow()
        .beginControlFlow("if (values.length != expected)")
        .addStatement("throw new $T(name + $S + expected + $S + values.length)",
            ILLEGAL_ARGUMENT, ": expected ", " values, got ")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < values.length; i++)")
        .beginControlFlow("if (!$T.isFinite(values[i]))", RuntimeNames.DOUBLE)
        .addStatement("throw new $T(name + $S + i + $S + values[i] + $S)", ILLEGAL_ARGUMENT,
            ": element ", " is ", ", expected a finite number")
        .endControlFlow().endControlFlow().build();
  }

  private static FieldSpec constant(String name, int value, String doc) {
    return FieldSpec.builder(TypeName.INT, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc + "\n").initializer("$L", value).build();
  }

  /** {@code readoutZ} to {@code READOUT_Z}. */
  static String constantName(String method) {
    return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static CodeBlock pauliSum(PauliTerms terms) {
    List<PauliTerms.Term> list = terms.realTerms();
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of($T.of(", PAULI_SUM, List.class);
    for (int i = 0; i < list.size(); i++) {
      PauliTerms.Term t = list.get(i);
      b.add(i == 0 ? "\n" : ",\n");
      String c = AngleCode.literal(t.coefficient());
      if (t.word().isEmpty()) {
        b.add("$>$>new $T.Term($L, $T.identity())$<$<", PAULI_SUM, c, PAULI_STRING);
      } else {
        b.add("$>$>new $T.Term($L, $T.parse($S))$<$<", PAULI_SUM, c, PAULI_STRING, t.word());
      }
    }
    return b.add("))").build();
  }

  private static String describe(PauliTerms terms) {
    StringBuilder b = new StringBuilder();
    for (PauliTerms.Term t : terms.realTerms()) {
      b.append(b.length() == 0 ? "" : " + ").append(t.coefficient());
      if (!t.word().isEmpty()) {
        b.append(' ').append(t.word());
      }
    }
    return b.length() == 0 ? "0" : b.toString();
  }

  /** The parameter lists of the generated methods: (x, theta), (theta), (x) or (). */
  static final class Params {
    final boolean x;
    final boolean theta;

    final boolean featureMapChecks;
    final boolean ansatzChecks;

    Params(boolean x, boolean theta, boolean featureMapChecks, boolean ansatzChecks) {
      this.x = x;
      this.theta = theta;
      this.featureMapChecks = featureMapChecks;
      this.ansatzChecks = ansatzChecks;
    }

    MethodSpec.Builder publicMethod(String name, TypeName returns) {
      MethodSpec.Builder b = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns);
      if (x) {
        b.addParameter(DOUBLES, "x");
      }
      if (theta) {
        b.addParameter(DOUBLES, "theta");
      }
      return b;
    }

    void check(MethodSpec.Builder b) {
      b.addCode(checks());
    }

    /** The argument checks every public method starts with. */
    CodeBlock checks() {
      CodeBlock.Builder b = CodeBlock.builder();
      if (x) {
        b.addStatement("check(x, $S, INPUTS)", "x");
      }
      if (theta) {
        b.addStatement("check(theta, $S, PARAMS)", "theta");
      }
      if (featureMapChecks) {
        b.addStatement("$L(x, $S)", FeatureChecks.FEATURE_MAP, "x");
      }
      if (ansatzChecks) {
        b.addStatement("$L($L)", FeatureChecks.ANSATZ, args());
      }
      return b.build();
    }

    /** The public methods' parameters, for private helpers that take the same. */
    List<com.squareup.javapoet.ParameterSpec> parameters() {
      return publicMethod("parameters", TypeName.VOID).build().parameters;
    }

    String args() {
      return x && theta ? "x, theta" : x ? "x" : theta ? "theta" : "";
    }

    String chunkParams() {
      return (x ? ", double[] x" : "") + (theta ? ", double[] theta" : "");
    }

    String chunkArgs() {
      return (x ? ", x" : "") + (theta ? ", theta" : "");
    }
  }
}
