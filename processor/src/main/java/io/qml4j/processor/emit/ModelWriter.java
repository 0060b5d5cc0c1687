package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.CIRCUIT;
import static io.qml4j.processor.emit.RuntimeNames.DOUBLES;
import static io.qml4j.processor.emit.RuntimeNames.EXPECTATION;
import static io.qml4j.processor.emit.RuntimeNames.GENERATED;
import static io.qml4j.processor.emit.RuntimeNames.ILLEGAL_ARGUMENT;
import static io.qml4j.processor.emit.RuntimeNames.OPERATIONS;
import static io.qml4j.processor.emit.RuntimeNames.PARALLELISM;
import static io.qml4j.processor.emit.RuntimeNames.PARALLEL_SIMULATOR;
import static io.qml4j.processor.emit.RuntimeNames.STATE;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.qml4j.dsl.Limits;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The emit phase: turns a model (its circuit as written and as optimised) into the source of the
 * generated model class with JavaPoet. See docs/processor.md for the generated API.
 */
public final class ModelWriter {
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
    OperationRecords records = new OperationRecords(angleCode);
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
    if (m.qubits() > SimulationMethods.TILE_QUBITS) {
      type.addField(FieldSpec.builder(TypeName.INT, "TILE", Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).addJavadoc("Amplitudes per tile of the cache-blocked simulation.\n")
          .initializer("1 << $L", SimulationMethods.TILE_QUBITS).build());
    }
    List<String> observableNames = ObservableConstants.add(type, m.observables(), model);

    ModelParameters p = new ModelParameters(m.takesInputs(), m.takesParams(),
        !m.featureMapNormalized().isEmpty(),
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
    if (m.qubits() >= Limits.PLAN_STATE_QUBITS) {
      planState(state, p, m.qubits());
    } else {
      state.addStatement("double[] psi = $T.allocate(QUBITS)", STATE)
          .addStatement("psi[0] = 1");
      if (m.hasFeatureMap()) {
        state.addStatement("featureMap(psi, $L)", m.takesInputs() ? "x" : "");
      }
      if (m.takesParams()) {
        state.addStatement("ansatz(psi$L)", p.chunkArgs());
      }
      state.addStatement("return $T.wrap(QUBITS, psi)", STATE);
    }
    type.addMethod(state.build());
    type.addMethod(circuitMethod(p, "circuit", "The circuit as written in the model class, bound "
        + "to these arguments:\nthe same gates the runtime's CircuitBuilder records when it runs "
        + "the model's methods.\n", written, records, privates, "written"));
    type.addMethod(circuitMethod(p, "simulatedCircuit", "The circuit this class simulates, bound "
        + "to these arguments\n(after optimisation, if on): equal in effect to "
        + "{@link #circuit}.\n", m, records, privates, "simulated"));
    if (m.hasFeatureMap()) {
      type.addMethod(kernel(p));
      SimulationMethods.simulation(privates, "featureMap", m.featureMap(), m.qubits(),
          ModelParameters.arrays("psi", "x"), gates);
    }
    if (m.takesParams()) {
      SimulationMethods.simulation(privates, "ansatz", m.ansatz(), m.qubits(),
          p.after(ModelParameters.array("psi")), gates);
    }
    if (BatchMethods.applies(m)) {
      new BatchMethods(m, p, gates).write(type, privates, observableNames);
    }
    String channels = written.channels().isEmpty() ? null : NoisyMembers.summary(written);
    if (channels != null) {
      NoisyMembers.write(type, written, p, observableNames, angleCode);
    }
    if (!m.observables().isEmpty()) {
      new GradientWriter(m, p, observableNames, gates, channels).write(type, privates);
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
   * From {@link Limits#PLAN_STATE_QUBITS}, a state is the runtime's run of
   * {@code simulatedCircuit}, split across threads from
   * {@link Limits#PARALLEL_THRESHOLD_QUBITS}: at these sizes the passes over memory, not the
   * per-gate overhead that unrolling removes, set the time, and the runtime's plan joins several
   * gates per pass inside its cache blocks (pairs and lowest-wire triples of real gates, the
   * diagonal layer, runs of CNOTs as one permutation), which the unrolled code does not: HEA 16x10
   * took 3.1 ms on the plan against 7.1-7.9 ms unrolled (docs/figures.md). One thread or several
   * give the same state bit for bit. The unrolled methods still serve parameter shift and the
   * batches.
   */
  private static void planState(MethodSpec.Builder state, ModelParameters p, int qubits) {
    state.addComment("$L qubits, at least $L: the runtime's plan (threads from $L qubits)",
            qubits, Limits.PLAN_STATE_QUBITS, Limits.PARALLEL_THRESHOLD_QUBITS)
        .addStatement("return $T.run(simulatedCircuit($L), $T.threads())", PARALLEL_SIMULATOR,
            p.args(), PARALLELISM);
  }

  private MethodSpec kernel(ModelParameters p) {
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

  private MethodSpec circuitMethod(ModelParameters p, String name, String doc, ModelIr ir,
      OperationRecords records, List<MethodSpec> privates, String prefix) {
    MethodSpec.Builder b = p.publicMethod(name, CIRCUIT).addJavadoc(doc);
    p.check(b);
    b.addStatement("$T ops = new $T<>($L)", OPERATIONS, ClassName.get(ArrayList.class),
        ir.gateCount());
    List<GateOp> all = new ArrayList<>(ir.featureMap());
    all.addAll(ir.ansatz());
    List<CodeBlock> calls = MethodChunks.chunks(privates, prefix, all,
        p.after(ParameterSpec.builder(OPERATIONS, "ops").build()), BytecodeEstimates::of,
        records::record);
    calls.forEach(c -> b.addStatement(c));
    return b.addStatement("return new $T(QUBITS, ops)", CIRCUIT).build();
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


}
