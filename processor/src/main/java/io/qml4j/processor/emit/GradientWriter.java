package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.APPLIER;
import static io.qml4j.processor.emit.RuntimeNames.ARRAYS;
import static io.qml4j.processor.emit.RuntimeNames.DIFFERENTIABLE;
import static io.qml4j.processor.emit.RuntimeNames.DOUBLES;
import static io.qml4j.processor.emit.RuntimeNames.EXPECTATION;
import static io.qml4j.processor.emit.RuntimeNames.GATE;
import static io.qml4j.processor.emit.RuntimeNames.GATE_DERIVATIVES;
import static io.qml4j.processor.emit.RuntimeNames.GRADIENT;
import static io.qml4j.processor.emit.RuntimeNames.ILLEGAL_ARGUMENT;
import static io.qml4j.processor.emit.RuntimeNames.JACOBIAN;
import static io.qml4j.processor.emit.RuntimeNames.OVERLAPS;
import static io.qml4j.processor.emit.RuntimeNames.PAULI_SUM;
import static io.qml4j.processor.emit.RuntimeNames.SAMPLER;
import static io.qml4j.processor.emit.RuntimeNames.SHIFT_RULES;
import static io.qml4j.processor.emit.RuntimeNames.SLOT_ADJOINT;
import static io.qml4j.processor.emit.RuntimeNames.STATE;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.qml4j.dsl.Gate;
import io.qml4j.dsl.Limits;
import io.qml4j.processor.gradient.AngleSlot;
import io.qml4j.processor.gradient.GradientPlan;
import io.qml4j.processor.gradient.Partial;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the derivative members of a generated model with observables: adjoint differentiation
 * ({@code gradient}, {@code jacobian}, {@code vectorJacobianProduct}, {@code inputGradient}),
 * parameter shift, exact and from seeded shots ({@code parameterShiftGradient},
 * {@code parameterShiftJacobian}) and the {@code differentiable()} adapter for the runtime's
 * trainers. Everything differentiates the simulated (optimised) gate list, planned by
 * {@link GradientPlan}: one derivative per angle slot, then the chain rule through the slot's
 * expression, written out as straight-line code from the processor's symbolic derivatives.
 */
final class GradientWriter {
  /** Longest string literal piece: the class file limits a constant to 65,535 bytes. */
  private static final int LITERAL_PIECE = 60_000;

  private final ModelIr m;
  private final ModelParameters p;
  private final List<String> observableNames;
  private final GateStatements gates;
  private final List<GateOp> all;
  private final GradientPlan plan;

  /** Where the model places noise channels (its gradients then refuse), or null. */
  private final String channels;

  GradientWriter(ModelIr simulated, ModelParameters p, List<String> observableNames,
      GateStatements gates, String channels) {
    this.channels = channels;
    this.m = simulated;
    this.p = p;
    this.observableNames = observableNames;
    this.gates = gates;
    this.all = new ArrayList<>(simulated.featureMap());
    all.addAll(simulated.ansatz());
    this.plan = GradientPlan.of(all);
  }

  /** Adds the fields and public methods to type and the helpers to privates. */
  void write(TypeSpec.Builder type, List<MethodSpec> privates) {
    type.addField(FieldSpec.builder(TypeName.INT, "ANGLES", Modifier.PUBLIC, Modifier.STATIC,
        Modifier.FINAL).initializer("$L", plan.slots().size())
        .addJavadoc("Number of differentiable angles of the simulated gates (an angle that is not"
            + " a constant,\ncounted per gate occurrence): parameter shift evaluates two shifted "
            + "circuits for each,\nfour for controlled rotations and excitations.\n").build());
    fields(type);
    publicMethods(type);
    if (bySlots()) {
      slotFields(type);
      slotChainRule(privates);
    } else {
      generatorFields(type, adjoint(privates));
    }
    parameterShift(privates);
    chainRule(privates);
  }

  private void fields(TypeSpec.Builder type) {
    ArrayTypeName sums = ArrayTypeName.of(PAULI_SUM);
    type.addField(FieldSpec.builder(sums, "OBSERVABLE_SUMS", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("{$L}", String.join(", ", observableNames)).build());
    String rules = plan.slots().stream()
        .map(s -> s.rule() == Gate.ShiftRule.FOUR_TERM ? "4" : "2").collect(Collectors.joining());
    type.addField(FieldSpec.builder(String.class, "SHIFT_RULES", Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Per angle slot, the terms of its shift rule: '2' or '4'.\n")
        .initializer(literal(rules)).build());
    for (String rule : List.of("TWO_TERM", "FOUR_TERM")) {
      type.addField(FieldSpec.builder(DOUBLES, rule + "_SHIFTS", Modifier.PRIVATE,
          Modifier.STATIC, Modifier.FINAL).initializer("$T.shifts($T.ShiftRule.$L)", SHIFT_RULES,
          GATE, rule).build());
      type.addField(FieldSpec.builder(DOUBLES, rule + "_COEFFICIENTS", Modifier.PRIVATE,
          Modifier.STATIC, Modifier.FINAL).initializer("$T.coefficients($T.ShiftRule.$L)",
          SHIFT_RULES, GATE, rule).build());
    }
  }

  /** A public gradient member; in a model with channels it starts by refusing. */
  private MethodSpec.Builder start(String name, TypeName returns) {
    MethodSpec.Builder b = p.publicMethod(name, returns);
    if (channels != null) {
      b.addCode(NoisyMembers.refusal(name, channels));
    }
    return b;
  }

  private void publicMethods(TypeSpec.Builder type) {
    String args = p.args();
    String tail = p.chunkArgs();
    String first = m.observables().get(0).name();
    String sweep = bySlots() ? "the runtime's sweep by points over the simulated gates (one "
        + "forward and one\nbackward run of the simulator's plan, one pass per layer for the "
        + "derivatives)" : "one forward and one backward sweep over the simulated gates";
    MethodSpec.Builder gradient = start("gradient", GRADIENT)
        .addJavadoc("The expectation of {@code $L} and its gradient with respect to theta and x, "
            + "by adjoint\ndifferentiation: $L,\nwhatever the number of parameters.\n", first,
            sweep);
    if (bySlots()) {
      gradient.addStatement("return bySlots(ANGLE_SLOTS.gradient(simulatedCircuit($L), $L)$L)",
          args, observableNames.get(0), tail);
    } else {
      gradient.addStatement("$T state = state($L)", STATE, args)
          .addStatement("return adjointGradient(state.amplitudes(), $T.apply(state, $L)"
              + ".amplitudes()$L)", APPLIER, observableNames.get(0), tail);
    }
    type.addMethod(gradient.build());
    MethodSpec.Builder jacobian = start("jacobian", JACOBIAN)
        .addJavadoc("The expectations of every observable and their derivatives with respect to "
            + "theta and x\n(row i: observable i), by adjoint differentiation: one forward sweep, "
            + "$L.\n", bySlots() ? "one backward sweep carrying a bra per observable"
                : "one backward sweep per observable");
    if (bySlots()) {
      jacobian.addStatement("$T slots = ANGLE_SLOTS.jacobian(simulatedCircuit($L), "
              + "$T.asList(OBSERVABLE_SUMS))", JACOBIAN, args, ARRAYS)
          .addStatement("int outputs = OBSERVABLE_SUMS.length")
          .addStatement("double[] values = slots.values()")
          .addStatement("double[][] dTheta = new double[outputs][], dX = new double[outputs][]")
          .beginControlFlow("for (int i = 0; i < outputs; i++)")
          .addStatement("$T row = bySlots(slots.row(i)$L)", GRADIENT, tail);
    } else {
      jacobian.addStatement("$T state = state($L)", STATE, args)
          .addStatement("int outputs = OBSERVABLE_SUMS.length")
          .addStatement("double[] values = new double[outputs]")
          .addStatement("double[][] dTheta = new double[outputs][], dX = new double[outputs][]")
          .beginControlFlow("for (int i = 0; i < outputs; i++)")
          .addStatement("double[] lambda = $T.apply(state, OBSERVABLE_SUMS[i]).amplitudes()",
              APPLIER)
          .addStatement("$T row = adjointGradient(state.amplitudes().clone(), lambda$L)",
              GRADIENT, tail)
          .addStatement("values[i] = row.value()");
    }
    type.addMethod(jacobian.addStatement("dTheta[i] = row.theta()")
        .addStatement("dX[i] = row.x()")
        .endControlFlow()
        .addStatement("return new $T(values, dTheta, dX)", JACOBIAN).build());
    MethodSpec.Builder vjp = start("vectorJacobianProduct", GRADIENT)
        .addParameter(DOUBLES, "cotangent")
        .addJavadoc("The vector-Jacobian product {@code v^T J}: {@code sum_i v_i <H_i>} and its "
            + "gradient with respect to\ntheta and x, from one backward sweep with the bra "
            + "{@code sum_i v_i H_i |psi>}, for a caller that\nback-propagates a classical loss "
            + "({@code v_i = dLoss/d<H_i>}).\n\n"
            + "@throws IllegalArgumentException if cotangent's length is not the number of "
            + "observables,\n    or it holds a non-finite value\n")
        .addStatement("check(cotangent, $S, OBSERVABLE_SUMS.length)", "cotangent");
    if (bySlots()) {
      vjp.addStatement("return bySlots(ANGLE_SLOTS.vectorJacobianProduct(simulatedCircuit($L), "
          + "$T.asList(OBSERVABLE_SUMS), cotangent)$L)", args, ARRAYS, tail);
    } else {
      vjp.addStatement("$T state = state($L)", STATE, args)
          .addStatement("double[] lambda = $T.allocate(QUBITS)", STATE)
          .beginControlFlow("for (int i = 0; i < OBSERVABLE_SUMS.length; i++)")
          .addStatement("double[] h = $T.apply(state, OBSERVABLE_SUMS[i]).amplitudes()",
              APPLIER)
          .beginControlFlow("for (int k = 0; k < lambda.length; k++)")
          .addStatement("lambda[k] += cotangent[i] * h[k]")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return adjointGradient(state.amplitudes(), lambda$L)", tail);
    }
    type.addMethod(vjp.build());
    if (m.takesInputs()) {
      type.addMethod(p.publicMethod("inputGradient", DOUBLES)
          .addJavadoc("{@code d<$L>/dx}, by adjoint differentiation: for hybrid models that "
              + "train what feeds x.\n", first)
          .addStatement("return gradient($L).x()", args).build());
    }
    String shots = "@throws IllegalArgumentException also if {@code shots < 1}\n";
    type.addMethod(start("parameterShiftGradient", GRADIENT)
        .addJavadoc("The expectation of {@code $L} and its exact parameter-shift gradient with "
            + "respect to theta and x:\nper angle slot, two shifted circuits (four for "
            + "controlled rotations and excitations), then the\nchain rule through the angle's "
            + "expression. Needs only expectations, as hardware would.\n", first)
        .addStatement("return parameterShift(1, 0, 0L$L).row(0)", ", " + args).build());
    type.addMethod(start("parameterShiftGradient", GRADIENT)
        .addParameter(TypeName.INT, "shots").addParameter(TypeName.LONG, "seed")
        .addJavadoc("The shot-based parameter-shift estimate: the value and every shifted "
            + "expectation each from\n{@code shots} measurements, seeded in a fixed order from "
            + "{@code seed}, as a hardware backend\nwould return it.\n\n" + shots)
        .addStatement("checkShots(shots)")
        .addStatement("return parameterShift(1, shots, seed$L).row(0)", ", " + args).build());
    type.addMethod(start("parameterShiftJacobian", JACOBIAN)
        .addJavadoc("The exact expectations of every observable and their parameter-shift "
            + "Jacobian.\n")
        .addStatement("return parameterShift(OBSERVABLE_SUMS.length, 0, 0L$L)", ", " + args)
        .build());
    type.addMethod(start("parameterShiftJacobian", JACOBIAN)
        .addParameter(TypeName.INT, "shots").addParameter(TypeName.LONG, "seed")
        .addJavadoc("The shot-based parameter-shift Jacobian: every shifted circuit measured "
            + "once per observable.\n\n" + shots)
        .addStatement("checkShots(shots)")
        .addStatement("return parameterShift(OBSERVABLE_SUMS.length, shots, seed$L)", ", " + args)
        .build());
    type.addMethod(MethodSpec.methodBuilder("checkShots")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addParameter(TypeName.INT, "shots")
        .beginControlFlow("if (shots < 1)")
        .addStatement("throw new $T($S + shots)", ILLEGAL_ARGUMENT,
            "shots: expected at least 1, got ")
        .endControlFlow().build());
    if (m.takesParams()) {
      differentiable(type);
    }
  }

  private void differentiable(TypeSpec.Builder type) {
    ClassName self = ClassName.get(m.packageName(), m.generatedName());
    CodeBlock expectations = m.takesInputs() ? CodeBlock.of("$T::expectations", self)
        : CodeBlock.of("(x, theta) -> expectations(theta)");
    CodeBlock jacobian = CodeBlock.of("(x, theta) -> jacobian($L).theta()", p.args());
    MethodSpec.Builder b = MethodSpec.methodBuilder("differentiable")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(DIFFERENTIABLE)
        .addJavadoc("This model for the runtime's trainers ({@code VariationalClassifier}, "
            + "...): expectations of every\nobservable, Jacobians by adjoint "
            + "differentiation$L.\n", m.takesInputs() ? ", the input Jacobian included" : "");
    if (m.takesInputs()) {
      // prediction over a dataset through the batched evaluation (BatchMethods)
      CodeBlock batch = p.theta ? CodeBlock.of("$T::expectationsBatch", self)
          : CodeBlock.of("(xs, theta) -> expectationsBatch(xs)");
      b.addStatement("return $T.of(PARAMS, INPUTS, OBSERVABLE_SUMS.length, $L, $L, "
          + "(x, theta) -> jacobian(x, theta).x())\n.withBatchExpectations($L)", DIFFERENTIABLE,
          expectations, jacobian, batch);
    } else {
      b.addStatement("return $T.of(PARAMS, INPUTS, OBSERVABLE_SUMS.length, $L, $L)",
          DIFFERENTIABLE, expectations, jacobian);
    }
    type.addMethod(b.build());
  }

  /**
   * Whether the adjoint members delegate to the runtime's sweep by points ({@code SlotAdjoint})
   * instead of an unrolled gate-by-gate sweep: from {@link Limits#ADJOINT_POINTS_QUBITS} qubits,
   * where the runtime computes its own circuits' adjoint that way because it is faster.
   */
  private boolean bySlots() {
    return m.qubits() >= Limits.ADJOINT_POINTS_QUBITS;
  }

  /** {@code ANGLE_SLOTS}: which angles of the simulated gates are slots, for the runtime. */
  private void slotFields(TypeSpec.Builder type) {
    StringBuilder masks = new StringBuilder(all.size());
    for (int g = 0; g < all.size(); g++) {
      int mask = 0;
      for (int k = 0; k < all.get(g).angles().size(); k++) {
        mask |= plan.slotOf(g, k) >= 0 ? 1 << k : 0;
      }
      masks.append((char) ('0' + mask));
    }
    type.addField(FieldSpec.builder(SLOT_ADJOINT, "ANGLE_SLOTS", Modifier.PRIVATE,
        Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The adjoint by the runtime's sweep by points, differentiating every angle "
            + "slot; per simulated gate,\n'0' plus the bit mask of its angles that are slots.\n")
        .initializer("$T.of(QUBITS, ANGLES, $L)", SLOT_ADJOINT, literal(masks.toString()))
        .build());
  }

  /** {@code bySlots}: a gradient with respect to the slots, through the chain rule. */
  private void slotChainRule(List<MethodSpec> privates) {
    privates.add(MethodSpec.methodBuilder("bySlots")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(GRADIENT)
        .addJavadoc("The gradient with respect to theta and x from the one with respect to the "
            + "angle slots.\n")
        .addParameter(GRADIENT, "slots").addParameters(p.parameters())
        .addStatement("double[] dTheta = new double[PARAMS], dX = new double[INPUTS]")
        .addStatement("chainRule(slots.theta(), dTheta, dX$L)", p.chunkArgs())
        .addStatement("return new $T(slots.value(), dTheta, dX)", GRADIENT).build());
  }

  /**
   * A string constant, joined from pieces where it is long: the class file limits a constant to
   * 65,535 bytes.
   */
  private static CodeBlock literal(String text) {
    List<CodeBlock> pieces = new ArrayList<>();
    for (int i = 0; i < text.length() || pieces.isEmpty(); i += LITERAL_PIECE) {
      pieces.add(CodeBlock.of("$S", text.substring(i, Math.min(text.length(),
          i + LITERAL_PIECE))));
    }
    return pieces.size() == 1 ? pieces.get(0)
        : CodeBlock.of("$T.join(\"\", $L)", String.class, CodeBlock.join(pieces, ", "));
  }

  /** The backward sweep over the gates in reverse, down to the first trainable one. */
  private Set<Gate> adjoint(List<MethodSpec> privates) {
    String tail = p.chunkArgs();
    privates.add(MethodSpec.methodBuilder("adjointGradient")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(GRADIENT)
        .addJavadoc("{@code <phi|lambda>} and its gradient; phi is the final state, lambda the "
            + "bra H|phi>; both are consumed.\n")
        .addParameter(DOUBLES, "phi").addParameter(DOUBLES, "lambda")
        .addParameters(p.parameters())
        .addStatement("double value = $T.real(phi, lambda)", OVERLAPS)
        .addStatement("double[] dAngle = new double[ANGLES]")
        .addStatement("adjoint(phi, lambda, dAngle$L)", tail)
        .addStatement("double[] dTheta = new double[PARAMS], dX = new double[INPUTS]")
        .addStatement("chainRule(dAngle, dTheta, dX$L)", tail)
        .addStatement("return new $T(value, dTheta, dX)", GRADIENT).build());
    BackwardStatements backward = new BackwardStatements(m.qubits(), plan, gates);
    List<int[]> steps = backward.schedule();
    // After the final step nothing reads lambda again.
    int[] last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
    MethodChunks.chunks(privates, "adjoint", steps, p.after(ModelParameters.array("phi"),
        ModelParameters.array("lambda"), ModelParameters.array("dAngle")),
        backward::estimateBytes, (step, id) -> backward.step(step, step == last));
    // the generators are known once every step is written
    return backward.generators();
  }

  /** Adds the generator constants the backward steps read. */
  private static void generatorFields(TypeSpec.Builder type, Set<Gate> generators) {
    for (Gate g : generators) {
      type.addField(FieldSpec.builder(DOUBLES, BackwardStatements.generatorField(g),
          Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.generator($T.$L)", GATE_DERIVATIVES,
              GATE, g.name()).build());
    }
  }

  private void parameterShift(List<MethodSpec> privates) {
    Map<GateOp, int[]> slots = new IdentityHashMap<>();
    for (int g = 0; g < all.size(); g++) {
      int[] s = new int[all.get(g).angles().size()];
      for (int k = 0; k < s.length; k++) {
        s[k] = plan.slotOf(g, k);
      }
      slots.put(all.get(g), s);
    }
    GateStatements shifted = gates.shifted(slots);
    MethodSpec.Builder state = MethodSpec.methodBuilder("shiftedState")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(DOUBLES)
        .addJavadoc("The state with {@code shift[slot]} added to every angle slot.\n")
        .addParameter(DOUBLES, "shift").addParameters(p.parameters())
        .addStatement("double[] psi = $T.allocate(QUBITS)", STATE)
        .addStatement("psi[0] = 1");
    if (m.hasFeatureMap()) {
      SimulationMethods.simulation(privates, "shiftedFeatureMap", m.featureMap(), m.qubits(),
          ModelParameters.arrays("psi", "shift", "x"), shifted);
      state.addStatement("shiftedFeatureMap(psi, shift, x)");
    }
    if (m.takesParams()) {
      SimulationMethods.simulation(privates, "shiftedAnsatz", m.ansatz(), m.qubits(),
          p.after(ModelParameters.array("psi"), ModelParameters.array("shift")), shifted);
      state.addStatement("shiftedAnsatz(psi, shift$L)", p.chunkArgs());
    }
    privates.add(state.addStatement("return psi").build());
    privates.add(MethodSpec.methodBuilder("measure")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(DOUBLES)
        .addJavadoc("The first {@code outputs} observables: exact when shots is 0, else "
            + "estimated from shots.\n")
        .addParameter(DOUBLES, "psi").addParameter(TypeName.INT, "outputs")
        .addParameter(TypeName.INT, "shots").addParameter(SplittableRandom.class, "seeds")
        .addStatement("$T state = $T.wrap(QUBITS, psi)", STATE, STATE)
        .addStatement("double[] e = new double[outputs]")
        .beginControlFlow("for (int i = 0; i < outputs; i++)")
        .addStatement("e[i] = shots == 0 ? $T.of(state, OBSERVABLE_SUMS[i])\n: $T.estimate(state, "
            + "OBSERVABLE_SUMS[i], shots, seeds.nextLong())", EXPECTATION, SAMPLER)
        .endControlFlow()
        .addStatement("return e").build());
    String tail = p.chunkArgs();
    privates.add(MethodSpec.methodBuilder("parameterShift")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(JACOBIAN)
        .addJavadoc("Parameter shift over every angle slot for the first {@code outputs} "
            + "observables (exact when shots is 0).\n")
        .addParameter(TypeName.INT, "outputs").addParameter(TypeName.INT, "shots")
        .addParameter(TypeName.LONG, "seed").addParameters(p.parameters())
        .addCode(p.checks())
        .addStatement("$T seeds = new $T(seed)", SplittableRandom.class, SplittableRandom.class)
        .addStatement("double[] shift = new double[ANGLES]")
        .addStatement("double[] values = measure(shiftedState(shift$L), outputs, shots, seeds)",
            tail)
        .addStatement("double[][] dAngle = new double[outputs][ANGLES]")
        .beginControlFlow("for (int slot = 0; slot < ANGLES; slot++)")
        .addStatement("boolean four = SHIFT_RULES.charAt(slot) == '4'")
        .addStatement("double[] shifts = four ? FOUR_TERM_SHIFTS : TWO_TERM_SHIFTS")
        .addStatement("double[] coefficients = four ? FOUR_TERM_COEFFICIENTS : "
            + "TWO_TERM_COEFFICIENTS")
        .beginControlFlow("for (int s = 0; s < shifts.length; s++)")
        .addStatement("shift[slot] = shifts[s]")
        .addStatement("double[] e = measure(shiftedState(shift$L), outputs, shots, seeds)", tail)
        .beginControlFlow("for (int i = 0; i < outputs; i++)")
        .addStatement("dAngle[i][slot] += coefficients[s] * e[i]")
        .endControlFlow()
        .endControlFlow()
        .addStatement("shift[slot] = 0")
        .endControlFlow()
        .addStatement("double[][] dTheta = new double[outputs][PARAMS], "
            + "dX = new double[outputs][INPUTS]")
        .beginControlFlow("for (int i = 0; i < outputs; i++)")
        .addStatement("chainRule(dAngle[i], dTheta[i], dX[i]$L)", tail)
        .endControlFlow()
        .addStatement("return new $T(values, dTheta, dX)", JACOBIAN).build());
  }

  /** {@code dTheta[k] += dAngle[slot] * d angle / d theta[k]} for every slot and symbol. */
  private void chainRule(List<MethodSpec> privates) {
    MethodChunks.chunks(privates, "chainRule", plan.slots(), p.after(ModelParameters.array(
        "dAngle"), ModelParameters.array("dTheta"), ModelParameters.array("dX")),
        GradientWriter::estimateBytes, (s, id) -> chainRule(s));
  }

  private CodeBlock chainRule(AngleSlot s) {
    CodeBlock.Builder b = CodeBlock.builder();
    int n = 0;
    for (Partial d : s.partials()) {
      String target = (d.symbol().source() == Expr.Source.THETA ? "dTheta[" : "dX[")
          + d.symbol().index() + "]";
      Expr e = d.derivative();
      if (e.isConstant() && ((Expr.Constant) e).value() == 1) {
        b.addStatement("$L += dAngle[$L]", target, s.index());
      } else if (e.isConstant() && ((Expr.Constant) e).value() == -1) {
        b.addStatement("$L -= dAngle[$L]", target, s.index());
      } else {
        String base = "d" + s.index() + "_" + n++;
        CodeBlock derivative = gates.angleCode().write(b, e, base);
        b.addStatement("$L += dAngle[$L] * ($L)", target, s.index(), derivative);
      }
    }
    return b.build();
  }

  private static int estimateBytes(AngleSlot s) {
    return s.partials().stream()
        .mapToInt(d -> 20 + AngleCode.estimateBytes(d.derivative())).sum();
  }
}
