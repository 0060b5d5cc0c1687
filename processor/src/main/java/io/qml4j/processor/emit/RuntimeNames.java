package io.qml4j.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import io.qml4j.dsl.Gate;
import java.util.List;

/**
 * Every type that generated code names, once (as Dagger's {@code TypeNames}): always written
 * through JavaPoet's {@code $T}, and generated files import {@code java.lang} types explicitly, so
 * that a class of the model's package with a clashing simple name ({@code Math},
 * {@code Double}) cannot capture a reference: a single-type import shadows the package's types.
 */
final class RuntimeNames {
  private RuntimeNames() {}

  private static final String RUNTIME = "io.qml4j.runtime";
  private static final String KERNEL = RUNTIME + ".kernel";
  private static final String GRADIENT_PACKAGE = RUNTIME + ".gradient";
  private static final String OBSERVABLE = RUNTIME + ".observable";
  private static final String INTERNAL = RUNTIME + ".internal";

  static final ClassName MATH = ClassName.get(Math.class);
  static final ClassName DOUBLE = ClassName.get(Double.class);
  static final ClassName ILLEGAL_ARGUMENT = ClassName.get(IllegalArgumentException.class);
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName GATE = ClassName.get(Gate.class);

  static final ClassName STATE = ClassName.get(RUNTIME, "StateVector");
  static final ClassName CIRCUIT = ClassName.get(RUNTIME, "Circuit");
  static final ClassName SIMULATOR = ClassName.get(RUNTIME, "Simulator");
  static final ClassName PARALLEL_SIMULATOR = ClassName.get(RUNTIME, "ParallelSimulator");
  static final ClassName PARALLELISM = ClassName.get(RUNTIME, "Parallelism");
  static final ClassName OPERATION = ClassName.get(RUNTIME, "Operation");
  static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);

  static final ClassName KERNELS = ClassName.get(KERNEL, "Kernels");
  static final ClassName TILE_KERNELS = ClassName.get(KERNEL, "TileKernels");
  static final ClassName LAYER_KERNELS = ClassName.get(KERNEL, "LayerKernels");
  static final ClassName PHASE_POLYNOMIAL = ClassName.get(KERNEL, "PhasePolynomial");
  static final ClassName BATCH_KERNELS = ClassName.get(RUNTIME + ".batch", "BatchKernels");
  static final ClassName BATCH_STATES = ClassName.get(RUNTIME + ".batch", "BatchStates");
  static final ClassName BATCH_EXPECTATION = ClassName.get(RUNTIME + ".batch",
      "BatchExpectation");

  static final ClassName ADJOINT_STEPS = ClassName.get(GRADIENT_PACKAGE, "AdjointSteps");
  static final ClassName OVERLAPS = ClassName.get(GRADIENT_PACKAGE, "Overlaps");
  static final ClassName GATE_DERIVATIVES = ClassName.get(GRADIENT_PACKAGE, "GateDerivatives");
  static final ClassName GRADIENT = ClassName.get(GRADIENT_PACKAGE, "Gradient");
  static final ClassName JACOBIAN = ClassName.get(GRADIENT_PACKAGE, "Jacobian");
  static final ClassName SHIFT_RULES = ClassName.get(GRADIENT_PACKAGE, "ShiftRules");
  static final ClassName SLOT_ADJOINT = ClassName.get(GRADIENT_PACKAGE, "SlotAdjoint");

  static final ClassName PAULI_SUM = ClassName.get(OBSERVABLE, "PauliSum");
  static final ClassName PAULI_STRING = ClassName.get(OBSERVABLE, "PauliString");
  static final ClassName EXPECTATION = ClassName.get(OBSERVABLE, "Expectation");
  static final ClassName APPLIER = ClassName.get(OBSERVABLE, "ObservableApplier");
  static final ClassName SAMPLER = ClassName.get(OBSERVABLE, "Sampler");
  static final ClassName DIFFERENTIABLE = ClassName.get(RUNTIME + ".ml", "DifferentiableModel");

  static final ClassName INVERSE_KERNELS = ClassName.get(INTERNAL, "InverseKernels");
  static final ClassName GENERATED_CHECKS = ClassName.get(INTERNAL, "GeneratedChecks");

  static final TypeName DOUBLES = ArrayTypeName.of(TypeName.DOUBLE);
  static final TypeName DOUBLE_ROWS = ArrayTypeName.of(DOUBLES);
  static final TypeName OPERATIONS = ParameterizedTypeName.get(ClassName.get(List.class),
      OPERATION);
}
