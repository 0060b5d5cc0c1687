package io.qml4j.processor.eval;

import com.sun.source.util.Trees;
import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.QuantumModel;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import io.qml4j.processor.ir.NormalisedFeatures;
import io.qml4j.processor.ir.ObservableIr;
import io.qml4j.processor.ir.PauliTerms;
import io.qml4j.processor.ir.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The evaluation phase: reads a model class (its {@code @FeatureMap}, {@code @Ansatz} and
 * {@code @Observable} methods) into a {@link ModelIr}, checking signatures and settings and
 * evaluating every body. Returns null with errors in the diagnostics when no model can be built.
 */
public final class ModelReader {
  /** The most qubits a generated model may simulate (the runtime's StateVector limit). */
  static final int MAX_QUBITS = 29;

  private final Trees trees;

  /** A reader using javac's trees. */
  public ModelReader(Trees trees) {
    this.trees = trees;
  }

  /**
   * Reads one model class.
   *
   * @param type the model class
   * @param diagnostics receives every problem found
   * @return the model, or null if any error was found
   */
  public ModelIr read(TypeElement type, List<Diagnostic> diagnostics) {
    int before = errorCount(diagnostics);
    List<ExecutableElement> featureMaps = new ArrayList<>();
    List<ExecutableElement> ansatze = new ArrayList<>();
    List<ExecutableElement> observables = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      if (m.getAnnotation(FeatureMap.class) != null) {
        featureMaps.add(m);
      }
      if (m.getAnnotation(Ansatz.class) != null) {
        ansatze.add(m);
      }
      if (m.getAnnotation(Observable.class) != null) {
        observables.add(m);
      }
    }
    QuantumModel settings = type.getAnnotation(QuantumModel.class);
    String generatedName = settings == null || settings.name().isEmpty()
        ? type.getSimpleName() + "Model" : settings.name();
    if (!SourceVersion.isIdentifier(generatedName) || SourceVersion.isKeyword(generatedName)) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(type), String.format(Locale.ROOT,
          "@QuantumModel(name = \"%s\") is not a valid Java class name", generatedName)));
    }
    int gateBudget = settings == null ? 200_000 : settings.gateBudget();
    boolean optimize = settings == null || settings.optimize();

    ExecutableElement featureMap = single(featureMaps, "@FeatureMap", diagnostics);
    ExecutableElement ansatz = single(ansatze, "@Ansatz", diagnostics);
    if (featureMap == null && ansatz == null) {
      diagnostics.add(Diagnostic.error(Code.NO_CIRCUIT, Site.of(type), String.format(Locale.ROOT,
          "model %s has no circuit: add a static @FeatureMap method (Q q, double[] x) or a "
              + "static @Ansatz method (Q q, double[] theta)", type.getSimpleName())));
      return null;
    }
    boolean ansatzTakesInputs = false;
    if (featureMap != null) {
      checkCircuitSignature(featureMap, "@FeatureMap", 1, diagnostics);
    }
    if (ansatz != null) {
      int arrays = ansatz.getParameters().size() == 3 ? 2 : 1;
      ansatzTakesInputs = arrays == 2;
      checkCircuitSignature(ansatz, "@Ansatz", arrays, diagnostics);
    }
    for (ExecutableElement o : observables) {
      checkObservableSignature(o, diagnostics);
    }
    int qubits = featureMap != null ? featureMap.getAnnotation(FeatureMap.class).qubits()
        : ansatz.getAnnotation(Ansatz.class).qubits();
    if (featureMap != null && ansatz != null
        && ansatz.getAnnotation(Ansatz.class).qubits() != qubits) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(ansatz), String.format(Locale.ROOT,
          "@Ansatz(qubits = %d) differs from @FeatureMap(qubits = %d); a model has one register",
          ansatz.getAnnotation(Ansatz.class).qubits(), qubits)));
    }
    if (qubits < 1 || qubits > MAX_QUBITS) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(featureMap != null ? featureMap
          : ansatz), String.format(Locale.ROOT, "qubits = %d is out of range; a model has 1..%d "
          + "qubits", qubits, MAX_QUBITS)));
    }
    if (errorCount(diagnostics) > before) {
      return null;
    }

    int declaredInputs = featureMap != null ? featureMap.getAnnotation(FeatureMap.class).inputs()
        : -1;
    int declaredParams = ansatz != null ? ansatz.getAnnotation(Ansatz.class).params() : -1;
    String xName = featureMap != null ? name(featureMap, 1)
        : ansatzTakesInputs ? name(ansatz, 1) : "x";
    Evaluator ev = new Evaluator(trees, diagnostics, qubits, gateBudget);
    SymbolicArray x = new SymbolicArray(Expr.Source.INPUT, declaredInputs, xName);
    List<GateOp> featureGates = List.of();
    List<NormalisedFeatures> featureNormalised = List.of();
    if (featureMap != null) {
      featureGates = ev.circuit(featureMap, List.of(x));
      featureNormalised = ev.normalisedFeatures();
    }
    List<GateOp> ansatzGates = List.of();
    List<NormalisedFeatures> ansatzNormalised = List.of();
    if (ansatz != null) {
      SymbolicArray theta = new SymbolicArray(Expr.Source.THETA, declaredParams,
          name(ansatz, ansatzTakesInputs ? 2 : 1));
      ansatzGates = ev.circuit(ansatz, ansatzTakesInputs ? List.of(x, theta) : List.of(theta));
      ansatzNormalised = ev.normalisedFeatures();
    }
    List<ObservableIr> observableIrs = new ArrayList<>();
    for (ExecutableElement o : observables) {
      PauliTerms terms = ev.observable(o);
      if (terms != null) {
        observableIrs.add(new ObservableIr(o.getSimpleName().toString(), terms, Site.of(o)));
      }
    }
    if (featureGates == null || ansatzGates == null || errorCount(diagnostics) > before) {
      return null;
    }
    Set<Expr.Symbol> used = new HashSet<>();
    featureGates.forEach(g -> g.angles().forEach(a -> a.collectSymbols(used)));
    ansatzGates.forEach(g -> g.angles().forEach(a -> a.collectSymbols(used)));
    int inputs = declaredInputs >= 0 ? declaredInputs : maxIndex(used, Expr.Source.INPUT) + 1;
    int params = declaredParams >= 0 ? declaredParams : maxIndex(used, Expr.Source.THETA) + 1;
    PackageElement pkg = packageOf(type);
    String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    String qualified = type.getQualifiedName().toString();
    return new ModelIr(packageName,
        packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1),
        generatedName, qubits, params, inputs,
        featureMap != null || ansatzTakesInputs, ansatz != null, featureMap != null,
        featureGates, ansatzGates, observableIrs, optimize, Site.of(ansatz != null ? ansatz
        : featureMap), featureNormalised, ansatzNormalised);
  }

  private static PackageElement packageOf(Element e) {
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  private static int maxIndex(Set<Expr.Symbol> used, Expr.Source source) {
    return used.stream().filter(s -> s.source() == source).mapToInt(Expr.Symbol::index).max()
        .orElse(-1);
  }

  private static String name(ExecutableElement m, int i) {
    return m.getParameters().size() > i ? m.getParameters().get(i).getSimpleName().toString()
        : "x";
  }

  private static ExecutableElement single(List<ExecutableElement> methods, String what,
      List<Diagnostic> diagnostics) {
    for (int i = 1; i < methods.size(); i++) {
      diagnostics.add(Diagnostic.error(Code.MODEL, Site.of(methods.get(i)), String.format(
          Locale.ROOT, "a model has at most one %s method, and `%s` is already one; call one "
              + "circuit method from the other instead", what, methods.get(0).getSimpleName())));
    }
    return methods.isEmpty() ? null : methods.get(0);
  }

  private static void checkCircuitSignature(ExecutableElement m, String what, int arrays,
      List<Diagnostic> diagnostics) {
    List<? extends VariableElement> p = m.getParameters();
    boolean shape = p.size() == 1 + arrays && isType(p.get(0).asType(), "io.qml4j.dsl.Q");
    for (int i = 1; shape && i < p.size(); i++) {
      shape = isDoubleArray(p.get(i).asType());
    }
    if (what.equals("@FeatureMap") && p.size() == 3 && shape(p)) {
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

  private static boolean shape(List<? extends VariableElement> p) {
    return isType(p.get(0).asType(), "io.qml4j.dsl.Q") && isDoubleArray(p.get(1).asType())
        && isDoubleArray(p.get(2).asType());
  }

  private static void checkObservableSignature(ExecutableElement m, List<Diagnostic> diagnostics) {
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

  private static int errorCount(List<Diagnostic> diagnostics) {
    return (int) diagnostics.stream().filter(Diagnostic::error).count();
  }
}
