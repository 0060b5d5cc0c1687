package io.qml4j.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import com.sun.source.util.Trees;
import io.qml4j.processor.emit.ModelWriter;
import io.qml4j.processor.eval.ModelReader;
import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.ModelIr;
import io.qml4j.processor.ir.Site;
import io.qml4j.processor.optimize.CircuitOptimizer;
import io.qml4j.processor.validate.ModelValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The qml4j annotation processor. For every class with {@code @FeatureMap}, {@code @Ansatz} or
 * {@code @Observable} methods it runs the phases eval (javac trees to circuit IR), validate,
 * optimize and emit (JavaPoet), and writes the generated model class next to it. Problems are
 * reported as javac errors and warnings at the exact source position; nothing is thrown out of
 * {@link #process}. Option {@code -Aqml4j.verbose=true} prints a note per model with its gate
 * counts and processing time.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"io.qml4j.dsl.FeatureMap", "io.qml4j.dsl.Ansatz",
    "io.qml4j.dsl.Observable", "io.qml4j.dsl.QuantumModel"})
@SupportedOptions(QuantumModelProcessor.VERBOSE)
public final class QuantumModelProcessor extends AbstractProcessor {
  /** The option that turns on per-model notes. */
  public static final String VERBOSE = "qml4j.verbose";

  private Trees trees;
  private String treesProblem;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    trees = JavacEnvironment.trees(env).orElse(null);
    if (trees == null) {
      treesProblem = String.format(Locale.ROOT, "[%s] qml4j reads method bodies through javac's "
          + "Tree API, which this compiler environment (%s) does not provide; compile the models "
          + "with javac (Maven, Gradle or the JDK's javac), or turn off the IDE's own annotation "
          + "processing wrapper (Eclipse: let Maven or Gradle build the project)", Code.COMPILER.id(),
          env.getClass().getName());
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> models = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e.getKind() == ElementKind.METHOD) {
          models.add((TypeElement) e.getEnclosingElement());
        } else if (e instanceof TypeElement) {
          models.add((TypeElement) e);
        }
      }
    }
    for (TypeElement model : models) {
      if (trees == null) {
        processingEnv.getMessager().printMessage(Kind.ERROR, treesProblem, model);
        continue;
      }
      try {
        processModel(model);
      } catch (RuntimeException | StackOverflowError bug) {
        processingEnv.getMessager().printMessage(Kind.ERROR, String.format(Locale.ROOT,
            "[%s] the qml4j processor failed on this model (%s: %s); this is a bug in qml4j, "
                + "please report it with the model", Code.INTERNAL.id(),
            bug.getClass().getSimpleName(), bug.getMessage()), model);
      }
    }
    return false;
  }

  private void processModel(TypeElement type) {
    long start = System.nanoTime();
    ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager(), trees);
    List<Diagnostic> diagnostics = new ArrayList<>();
    ModelIr model = new ModelReader(trees).read(type, diagnostics);
    if (model != null) {
      diagnostics.addAll(ModelValidator.validate(model));
    }
    diagnostics.forEach(reporter::report);
    if (model == null || diagnostics.stream().anyMatch(Diagnostic::error)) {
      return;
    }
    ModelIr simulated = model.optimize()
        ? model.withGates(CircuitOptimizer.optimize(model.featureMap(), model.qubits()),
            CircuitOptimizer.optimize(model.ansatz(), model.qubits()))
        : model;
    JavaFile file = new ModelWriter(getClass().getName()).write(model, simulated);
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.report(Diagnostic.error(Code.MODEL, Site.of(type), String.format(Locale.ROOT,
          "cannot write %s.%s: %s", model.packageName(), model.generatedName(), e.getMessage())));
      return;
    }
    if (Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE))) {
      processingEnv.getMessager().printMessage(Kind.NOTE, String.format(Locale.ROOT,
          "[qml4j] %s: %d qubits, %d gates as written, %d simulated, processed in %.1f ms",
          model.generatedName(), model.qubits(), model.gateCount(), simulated.gateCount(),
          (System.nanoTime() - start) / 1e6), type);
    }
  }
}
