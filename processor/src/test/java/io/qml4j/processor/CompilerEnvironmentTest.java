package io.qml4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Under a compiler that is not javac (Eclipse's, or an IDE's proxied environment) there are no
 * javac trees: the processor says so in one clear error per model instead of failing obscurely.
 * Under a build tool that wraps javac's environment (Gradle's incremental processing, kapt) the
 * processor looks through the wrapper and writes through the wrapper's Filer.
 */
class CompilerEnvironmentTest {
  private static final JavaFileObject MODEL = JavaFileObjects.forSourceLines("demo.Bell",
      "package demo;",
      "import io.qml4j.dsl.*;",
      "abstract class Bell {",
      "  @Ansatz(qubits = 2)",
      "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); q.cnot(0, 1); }",
      "}");

  @Test
  void gradleStyleWrappedEnvironmentIsLookedThrough() {
    List<String> created = new ArrayList<>();
    Compilation c = javac().withProcessors(new WrappingProcessor(created)).compile(MODEL);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("demo.BellModel");
    assertEquals(List.of("demo.BellModel"), created, "the wrapper's Filer wrote the model");
  }
  @Test
  void proxiedEnvironmentGetsOneClearError() {
    List<String> errors = new ArrayList<>();
    Messager messager = proxy(Messager.class, (method, args) -> {
      if (method.equals("printMessage") && args[0] == Diagnostic.Kind.ERROR) {
        errors.add(String.valueOf(args[1]));
      }
      return null;
    });
    ProcessingEnvironment env = proxy(ProcessingEnvironment.class, (method, args) -> {
      switch (method) {
        case "getMessager": return messager;
        case "getOptions": return Map.of();
        default: return null;
      }
    });
    TypeElement model = proxy(TypeElement.class, (method, args) ->
        method.equals("getKind") ? ElementKind.CLASS : null);
    TypeElement annotation = proxy(TypeElement.class, (method, args) -> null);
    RoundEnvironment round = proxy(RoundEnvironment.class, (method, args) ->
        method.equals("getElementsAnnotatedWith") ? Set.<Element>of(model) : null);

    QuantumModelProcessor processor = new QuantumModelProcessor();
    processor.init(env);
    processor.process(Set.of(annotation), round);

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("[qml4j.compiler] qml4j reads method bodies through "
        + "javac's Tree API, which this compiler environment"), errors.get(0));
  }

  /** Runs the processor as Gradle does: javac's environment behind a wrapper with its own Filer. */
  private static final class WrappingProcessor extends AbstractProcessor {
    private final QuantumModelProcessor inner = new QuantumModelProcessor();
    private final List<String> created;

    WrappingProcessor(List<String> created) {
      this.created = created;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return inner.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return inner.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = env.getFiler();
      Filer recording = proxy(Filer.class, (method, args) -> {
        try {
          if (method.equals("createSourceFile")) {
            created.add(args[0].toString());
            return filer.createSourceFile((CharSequence) args[0], (Element[]) args[1]);
          }
          throw new UnsupportedOperationException(method);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      inner.init(new GradleLikeEnvironment(env, recording));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return inner.process(annotations, round);
    }
  }

  /** The shape of Gradle's IncrementalProcessingEnvironment: a delegate field and a Filer. */
  private static final class GradleLikeEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;
    private final Filer filer;

    GradleLikeEnvironment(ProcessingEnvironment delegate, Filer filer) {
      this.delegate = delegate;
      this.filer = filer;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  interface Handler {
    Object handle(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Handler handler) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          if (method.getName().equals("hashCode")) {
            return System.identityHashCode(self);
          }
          if (method.getName().equals("equals")) {
            return self == args[0];
          }
          return handler.handle(method.getName(), args);
        });
  }
}
