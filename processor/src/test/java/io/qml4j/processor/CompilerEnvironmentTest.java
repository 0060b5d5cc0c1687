package io.qml4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Under a compiler that is not javac (Eclipse's, or an IDE's proxied environment) there are no
 * javac trees: the processor says so in one clear error per model instead of failing obscurely.
 */
class CompilerEnvironmentTest {
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
