package io.qml4j.processor.validate;

import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Limits;
import io.qml4j.dsl.QuantumModel;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.Site;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks on the shape of a model before its bodies are evaluated: the generated class's name, one
 * feature map and one ansatz at most, the signatures of annotated methods, and the register and
 * counts their annotations declare. Each problem becomes a {@link Diagnostic} on the element.
 */
public final class ModelShapeValidator {
  /** Identifiers that are not keywords but cannot name a class (JLS 3.9). */
  private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed",
      "permits");

  private ModelShapeValidator() {}

  /**
   * The name of the generated class, checked: a valid class name that hides none of the types the
   * model's own source names without importing them (a class of the model's package takes
   * precedence over {@code java.lang} and over {@code import io.qml4j.dsl.*}).
   *
   * @param type the model class
   * @param diagnostics receives the problem, if any
   * @return the name
   */
  public static String generatedName(TypeElement type, List<Diagnostic> diagnostics) {
    QuantumModel settings = type.getAnnotation(QuantumModel.class);
    String name = settings == null || settings.name().isEmpty()
        ? type.getSimpleName() + "Model" : settings.name();
    String problem = null;
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      problem = "is not a valid Java class name";
    } else if (RESTRICTED.contains(name)) {
      problem = "is a restricted identifier, which cannot name a class";
    } else if (name.contentEquals(type.getSimpleName())) {
      problem = "is the name of the model class itself";
    } else if (exists("java.lang." + name) || exists("io.qml4j.dsl." + name)) {
      problem = String.format(Locale.ROOT, "would hide %s.%s from the model's own source; "
          + "choose a name that no type of java.lang or io.qml4j.dsl has",
          exists("java.lang." + name) ? "java.lang" : "io.qml4j.dsl", name);
    }
    if (problem != null) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(type), String.format(Locale.ROOT,
          "@QuantumModel(name = \"%s\") %s", name, problem)));
    }
    return name;
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className, false, ModelShapeValidator.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /**
   * The one method with an annotation, or null; every further one is an error.
   *
   * @param methods the methods with the annotation
   * @param what the annotation, for the message
   * @param diagnostics receives the problems
   * @return the first method, or null if there is none
   */
  public static ExecutableElement single(List<ExecutableElement> methods, String what,
      List<Diagnostic> diagnostics) {
    for (int i = 1; i < methods.size(); i++) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(methods.get(i)), String.format(
          Locale.ROOT, "a model has at most one %s method, and `%s` is already one; call one "
              + "circuit method from the other instead", what, methods.get(0).getSimpleName())));
    }
    return methods.isEmpty() ? null : methods.get(0);
  }

  /**
   * Checks the register and counts: one qubit count in range, and no negative parameter or input
   * count other than the default -1 (infer from the reads).
   *
   * @param featureMap the feature map, or null
   * @param ansatz the ansatz, or null
   * @param diagnostics receives the problems
   */
  public static void checkRegister(ExecutableElement featureMap, ExecutableElement ansatz,
      List<Diagnostic> diagnostics) {
    int qubits = featureMap != null ? featureMap.getAnnotation(FeatureMap.class).qubits()
        : ansatz.getAnnotation(Ansatz.class).qubits();
    if (featureMap != null && ansatz != null
        && ansatz.getAnnotation(Ansatz.class).qubits() != qubits) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(ansatz), String.format(Locale.ROOT,
          "@Ansatz(qubits = %d) differs from @FeatureMap(qubits = %d); a model has one register",
          ansatz.getAnnotation(Ansatz.class).qubits(), qubits)));
    }
    if (qubits < 1 || qubits > Limits.MAX_QUBITS) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(featureMap != null ? featureMap
          : ansatz), String.format(Locale.ROOT, "qubits = %d is out of range; a model has 1..%d "
          + "qubits", qubits, Limits.MAX_QUBITS)));
    }
    if (featureMap != null && featureMap.getAnnotation(FeatureMap.class).inputs() < -1) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(featureMap), String.format(
          Locale.ROOT, "@FeatureMap(inputs = %d) is negative; declare the number of inputs, or "
              + "leave inputs out to infer it from the highest index read",
          featureMap.getAnnotation(FeatureMap.class).inputs())));
    }
    if (ansatz != null && ansatz.getAnnotation(Ansatz.class).params() < -1) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(ansatz), String.format(Locale.ROOT,
          "@Ansatz(params = %d) is negative; declare the number of trainable parameters, or "
              + "leave params out to infer it from the highest index read",
          ansatz.getAnnotation(Ansatz.class).params())));
    }
  }

  /**
   * Checks a circuit method's signature: {@code static void name(Q q, double[]...)} with
   * {@code arrays} arrays.
   *
   * @param m the method
   * @param what {@code "@FeatureMap"} or {@code "@Ansatz"}
   * @param arrays how many {@code double[]} parameters it must take
   * @param diagnostics receives the problems
   */
  public static void checkCircuitSignature(ExecutableElement m, String what, int arrays,
      List<Diagnostic> diagnostics) {
    List<? extends VariableElement> p = m.getParameters();
    boolean shape = p.size() == 1 + arrays && isType(p.get(0).asType(), "io.qml4j.dsl.Q");
    for (int i = 1; shape && i < p.size(); i++) {
      shape = isDoubleArray(p.get(i).asType());
    }
    if (what.equals("@FeatureMap") && p.size() == 3 && threeArgumentShape(p)) {
      diagnostics.add(Diagnostic.error(Code.FEATURE_MAP_THETA, Site.of(p.get(2)), String.format(
          Locale.ROOT, "feature map `%s` takes trainable parameters `%s`; a feature map encodes "
              + "inputs only: move the trainable gates to an @Ansatz method", m.getSimpleName(),
          p.get(2).getSimpleName())));
      return;
    }
    String expected = what.equals("@FeatureMap") ? "static void name(Q q, double[] x)"
        : "static void name(Q q, double[] theta) or static void name(Q q, double[] x, "
            + "double[] theta)";
    if (!shape || !m.getModifiers().contains(Modifier.STATIC)
        || m.getReturnType().getKind() != TypeKind.VOID) {
      diagnostics.add(Diagnostic.error(Code.SIGNATURE, Site.of(m), String.format(Locale.ROOT,
          "%s method `%s` has a signature the processor cannot use; expected %s", what,
          m.getSimpleName(), expected)));
    }
  }

  private static boolean threeArgumentShape(List<? extends VariableElement> p) {
    return isType(p.get(0).asType(), "io.qml4j.dsl.Q") && isDoubleArray(p.get(1).asType())
        && isDoubleArray(p.get(2).asType());
  }

  /**
   * Checks an observable method's signature: {@code static Pauli name(Paulis p)}.
   *
   * @param m the method
   * @param diagnostics receives the problems
   */
  public static void checkObservableSignature(ExecutableElement m, List<Diagnostic> diagnostics) {
    List<? extends VariableElement> p = m.getParameters();
    if (p.size() != 1 || !isType(p.get(0).asType(), "io.qml4j.dsl.Paulis")
        || !isType(m.getReturnType(), "io.qml4j.dsl.Pauli")
        || !m.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.add(Diagnostic.error(Code.SIGNATURE, Site.of(m), String.format(Locale.ROOT,
          "@Observable method `%s` has a signature the processor cannot use; expected static "
              + "Pauli name(Paulis p)", m.getSimpleName())));
    }
  }

  private static boolean isType(TypeMirror t, String name) {
    return t.getKind() == TypeKind.DECLARED && t.toString().equals(name);
  }

  private static boolean isDoubleArray(TypeMirror t) {
    return t.getKind() == TypeKind.ARRAY
        && ((ArrayType) t).getComponentType().getKind() == TypeKind.DOUBLE;
  }
}
