package io.qml4j.processor.eval;

import com.sun.source.util.Trees;
import io.qml4j.dsl.Ansatz;
import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Limits;
import io.qml4j.dsl.Observable;
import io.qml4j.dsl.QuantumModel;
import io.qml4j.processor.ir.ChannelOp;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import io.qml4j.processor.ir.NormalizedFeatures;
import io.qml4j.processor.ir.ObservableIr;
import io.qml4j.processor.ir.PauliTerms;
import io.qml4j.processor.ir.Site;
import io.qml4j.processor.validate.ModelShapeValidator;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The evaluation phase: reads a model class (its {@code @FeatureMap}, {@code @Ansatz} and
 * {@code @Observable} methods) into a {@link ModelIr}: the shape checks of
 * {@link ModelShapeValidator} first, then every body evaluated. Returns null with errors in the diagnostics when no model can be built.
 */
public final class ModelReader {
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
    try {
      return readChecked(type, diagnostics);
    } catch (AnnotationTypeMismatchException | IncompleteAnnotationException erroneous) {
      // An annotation value javac could not attribute (qubits = UNDEFINED): javac reports it
      // once the processor is done; an error of the processor would stop compilation first.
      return null;
    }
  }

  private ModelIr readChecked(TypeElement type, List<Diagnostic> diagnostics) {
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
    String generatedName = ModelShapeValidator.generatedName(type, diagnostics);
    int gateBudget = settings == null ? Limits.DEFAULT_GATE_BUDGET : settings.gateBudget();
    boolean optimize = settings == null || settings.optimize();

    ExecutableElement featureMap = ModelShapeValidator.single(featureMaps, "@FeatureMap",
        diagnostics);
    ExecutableElement ansatz = ModelShapeValidator.single(ansatze, "@Ansatz", diagnostics);
    if (featureMap == null && ansatz == null) {
      diagnostics.add(Diagnostic.error(Code.NO_CIRCUIT, Site.of(type), String.format(Locale.ROOT,
          "model %s has no circuit: add a static @FeatureMap method (Q q, double[] x) or a "
              + "static @Ansatz method (Q q, double[] theta)", type.getSimpleName())));
      return null;
    }
    boolean ansatzTakesInputs = false;
    if (featureMap != null) {
      ModelShapeValidator.checkCircuitSignature(featureMap, "@FeatureMap", 1, diagnostics);
    }
    if (ansatz != null) {
      int arrays = ansatz.getParameters().size() == 3 ? 2 : 1;
      ansatzTakesInputs = arrays == 2;
      ModelShapeValidator.checkCircuitSignature(ansatz, "@Ansatz", arrays, diagnostics);
    }
    for (ExecutableElement o : observables) {
      ModelShapeValidator.checkObservableSignature(o, diagnostics);
    }
    ModelShapeValidator.checkRegister(featureMap, ansatz, diagnostics);
    int qubits = featureMap != null ? featureMap.getAnnotation(FeatureMap.class).qubits()
        : ansatz.getAnnotation(Ansatz.class).qubits();
    if (errorCount(diagnostics) > before) {
      return null;
    }

    int declaredInputs = featureMap != null ? featureMap.getAnnotation(FeatureMap.class).inputs()
        : -1;
    int declaredParams = ansatz != null ? ansatz.getAnnotation(Ansatz.class).params() : -1;
    String xName = featureMap != null ? name(featureMap, 1)
        : ansatzTakesInputs ? name(ansatz, 1) : "x";
    int firstOfBodies = diagnostics.size();
    Evaluator ev = new Evaluator(trees, diagnostics, qubits, gateBudget);
    SymbolicArray x = new SymbolicArray(Expr.Source.INPUT, declaredInputs, xName);
    List<GateOp> featureGates = List.of();
    List<NormalizedFeatures> featureNormalized = List.of();
    List<ChannelOp> channels = new ArrayList<>();
    if (featureMap != null) {
      featureGates = ev.circuit(featureMap, List.of(x));
      featureNormalized = ev.normalizedFeatures();
      channels.addAll(ev.channels());
    }
    List<GateOp> ansatzGates = List.of();
    List<NormalizedFeatures> ansatzNormalized = List.of();
    if (ansatz != null) {
      SymbolicArray theta = new SymbolicArray(Expr.Source.THETA, declaredParams,
          name(ansatz, ansatzTakesInputs ? 2 : 1));
      ansatzGates = ev.circuit(ansatz, ansatzTakesInputs ? List.of(x, theta) : List.of(theta));
      ansatzNormalized = ev.normalizedFeatures();
      int offset = featureGates == null ? 0 : featureGates.size();
      ev.channels().forEach(c -> channels.add(c.after(offset)));
    }
    List<ObservableIr> observableIrs = new ArrayList<>();
    for (ExecutableElement o : observables) {
      PauliTerms terms = ev.observable(o);
      if (terms != null) {
        observableIrs.add(new ObservableIr(o.getSimpleName().toString(), terms, Site.of(o)));
      }
    }
    if (ev.deferredToJavac()) {
      // javac reports the code it could not type after the processor; errors of the processor
      // about the same code would stop compilation first and hide javac's own.
      diagnostics.removeIf(d -> d.error() && diagnostics.indexOf(d) >= firstOfBodies);
      return null;
    }
    if (featureGates == null || ansatzGates == null || errorCount(diagnostics) > before) {
      return null;
    }
    Set<Expr.Symbol> used = new HashSet<>();
    featureGates.forEach(g -> g.angles().forEach(a -> a.collectSymbols(used)));
    channels.forEach(c -> c.parameters().forEach(a -> a.collectSymbols(used)));
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
        : featureMap), featureNormalized, ansatzNormalized, channels);
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

  private static int errorCount(List<Diagnostic> diagnostics) {
    return (int) diagnostics.stream().filter(Diagnostic::error).count();
  }
}
