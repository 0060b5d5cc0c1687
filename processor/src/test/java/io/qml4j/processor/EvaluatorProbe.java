package io.qml4j.processor;

import com.sun.source.util.Trees;
import io.qml4j.processor.eval.ModelReader;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.ModelIr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A test processor that runs only the evaluation phase and keeps its result: the circuit IR of
 * each model class, and every diagnostic. Without the emit phase javac compiles only the models
 * themselves, so many models can be checked quickly against the runtime builder.
 */
@SupportedAnnotationTypes("io.qml4j.dsl.Ansatz")
final class EvaluatorProbe extends AbstractProcessor {
  final Map<String, ModelIr> models = new HashMap<>();
  final List<String> problems = new ArrayList<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Trees trees = Trees.instance(processingEnv);
    for (TypeElement annotation : annotations) {
      for (Element method : round.getElementsAnnotatedWith(annotation)) {
        TypeElement type = (TypeElement) method.getEnclosingElement();
        List<Diagnostic> diagnostics = new ArrayList<>();
        ModelIr model = new ModelReader(trees).read(type, diagnostics);
        for (Diagnostic d : diagnostics) {
          problems.add(type.getSimpleName() + ":" + d.site().line() + " " + d.formatted());
        }
        if (model != null) {
          models.put(type.getQualifiedName().toString(), model);
        }
      }
    }
    return false;
  }
}
