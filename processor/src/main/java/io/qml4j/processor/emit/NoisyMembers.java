package io.qml4j.processor.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.qml4j.processor.ir.ChannelOp;
import io.qml4j.processor.ir.ModelIr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The members of a model that places noise channels: {@code CHANNELS}, {@code noisyCircuit}
 * (the circuit as written with its channels, as the runtime's {@code NoisyCircuitBuilder} records
 * the model's methods), {@code densityMatrix} and {@code noisyExpectation(s)}. The density matrix
 * is simulated by the runtime's {@code DensityMatrixSimulator}: {@code vec(rho)} on 2n qubits,
 * each gate U on the row half and conj(U) on the column half, each channel its superoperator,
 * compiled into the runtime's fused, tiled plans (see docs/processor.md, <i>Noise channels</i>).
 */
final class NoisyMembers {
  private static final String NOISE = "io.qml4j.runtime.noise";
  private static final ClassName NOISY_CIRCUIT = ClassName.get(NOISE, "NoisyCircuit");
  private static final ClassName INSTRUCTION = ClassName.get(NOISE, "Instruction");
  private static final ClassName DENSITY_MATRIX = ClassName.get(NOISE, "DensityMatrix");
  private static final ClassName DENSITY_MATRIX_SIMULATOR = ClassName.get(NOISE,
      "DensityMatrixSimulator");
  private static final ClassName NOISY_MODELS = ClassName.get("io.qml4j.runtime.internal",
      "NoisyModels");
  private static final ClassName CHANNEL_KIND = ClassName.get("io.qml4j.dsl", "ChannelKind");

  private NoisyMembers() {}

  /** Where the model places channels, for messages: "q.depolarizing at line 14, ...". */
  static String summary(ModelIr written) {
    List<String> places = written.channels().stream().limit(3)
        .map(c -> String.format(Locale.ROOT, "q.%s at line %d", c.kind().methodName(),
            c.site().line())).collect(Collectors.toList());
    int more = written.channels().size() - places.size();
    return String.join(", ", places) + (more > 0 ? " and " + more + " more" : "");
  }

  /** The statement that refuses a gradient member in a model with channels. */
  static CodeBlock refusal(String method, String summary) {
    return CodeBlock.of("$T.refuseGradient($S, $S);\n", NOISY_MODELS, method, summary);
  }

  static void write(TypeSpec.Builder type, ModelIr written, ModelParameters p,
      List<String> observableNames, AngleCode angleCode) {
    type.addField(FieldSpec.builder(TypeName.INT, "CHANNELS", Modifier.PUBLIC, Modifier.STATIC,
        Modifier.FINAL).addJavadoc("Number of noise channels the model places.\n")
        .initializer("$L", written.channels().size()).build());
    MethodSpec.Builder noisy = p.publicMethod("noisyCircuit", NOISY_CIRCUIT)
        .addJavadoc("The circuit as written with the model's noise channels, bound to these "
            + "arguments: what\n{@link #densityMatrix} simulates, equal to what the runtime's "
            + "NoisyCircuitBuilder records\nwhen it runs the model's methods.\n\n"
            + "@throws IllegalArgumentException if a channel parameter computed from the "
            + "arguments is out of range\n");
    p.check(noisy);
    noisy.addStatement("$T ops = circuit($L).operations()",
        ParameterizedTypeName.get(ClassName.get(List.class), RuntimeNames.OPERATION), p.args());
    noisy.addStatement("$T steps = new $T<>(ops.size() + CHANNELS)",
        ParameterizedTypeName.get(ClassName.get(List.class), INSTRUCTION),
        ClassName.get(ArrayList.class));
    int at = 0;
    List<ChannelOp> channels = written.channels();
    for (int c = 0; c < channels.size(); c++) {
      ChannelOp op = channels.get(c);
      if (op.position() > at) {
        noisy.addStatement("$T.gates(steps, ops, $L, $L)", NOISY_MODELS, at, op.position());
        at = op.position();
      }
      CodeBlock.Builder b = CodeBlock.builder();
      List<CodeBlock> values = new ArrayList<>();
      for (int k = 0; k < op.parameters().size(); k++) {
        values.add(angleCode.write(b, op.parameters().get(k), "channel" + c + "_" + k));
      }
      String site = "line " + op.site().line();
      noisy.addCode("// $L: $L\n", site, op.site().text());
      noisy.addCode(b.build());
      noisy.addStatement("steps.add($T.channel($T.$L, $L, $S, $L))", NOISY_MODELS, CHANNEL_KIND,
          op.kind().name(), op.wire(), site, CodeBlock.join(values, ", "));
    }
    noisy.addStatement("$T.gates(steps, ops, $L, ops.size())", NOISY_MODELS, at);
    type.addMethod(noisy.addStatement("return new $T(QUBITS, 0, steps, null)", NOISY_CIRCUIT)
        .build());
    type.addMethod(p.publicMethod("densityMatrix", DENSITY_MATRIX)
        .addJavadoc("The model's mixed state: {@link #noisyCircuit} applied to |0...0><0...0| by "
            + "the runtime's\ndensity-matrix simulator.\n")
        .addStatement("return $T.run(noisyCircuit($L)).densityMatrix()",
            DENSITY_MATRIX_SIMULATOR, p.args()).build());
    if (observableNames.isEmpty()) {
      return;
    }
    type.addMethod(p.publicMethod("noisyExpectation", TypeName.DOUBLE)
        .addJavadoc("The expectation of the first observable in the model's mixed state, "
            + "{@code Tr(rho H)}.\n")
        .addStatement("return densityMatrix($L).expectation($L)", p.args(),
            observableNames.get(0)).build());
    type.addMethod(p.publicMethod("noisyExpectations", RuntimeNames.DOUBLES)
        .addJavadoc("The expectations of every observable in the model's mixed state.\n")
        .addStatement("$T rho = densityMatrix($L)", DENSITY_MATRIX, p.args())
        .addStatement("return new double[] {$L}", CodeBlock.join(observableNames.stream()
            .map(n -> CodeBlock.of("rho.expectation($L)", n)).collect(Collectors.toList()),
            ", ")).build());
  }
}
