package io.qml4j.processor.gradient;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.qml4j.processor.QuantumModelProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Test helper: a generated model class loaded from a compile-testing compilation, its static
 * methods called by name with the model's own argument list ((x, theta), (theta) or (x)).
 */
final class GeneratedModel {
  final Class<?> type;
  final boolean takesX;
  final boolean takesTheta;

  private GeneratedModel(Class<?> type) {
    this.type = type;
    List<Class<?>> params = Arrays.asList(method("state").getParameterTypes());
    this.takesX = params.size() == 2 || Arrays.stream(type.getDeclaredMethods())
        .anyMatch(m -> m.getName().equals("inputGradient"));
    this.takesTheta = params.size() == 2 || !takesX;
  }

  /** Compiles the sources with the processor (must succeed) and loads every generated model. */
  static Map<String, GeneratedModel> compile(JavaFileObject... sources) {
    Compilation c = javac().withProcessors(new QuantumModelProcessor()).compile(sources);
    assertThat(c).succeeded();
    return load(c);
  }

  /** Every generated model of a successful compilation. */
  static Map<String, GeneratedModel> load(Compilation c) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String name = f.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "")
            .replaceFirst("\\.class$", "").replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    ClassLoader loader = new ClassLoader(GeneratedModel.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
      }
    };
    Map<String, GeneratedModel> models = new HashMap<>();
    for (String name : classes.keySet()) {
      if (name.endsWith("Model")) {
        try {
          models.put(name, new GeneratedModel(loader.loadClass(name)));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return models;
  }

  int constant(String name) {
    try {
      return type.getField(name).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The model's arguments, followed by extra ones. */
  Object[] args(double[] x, double[] theta, Object... extra) {
    List<Object> a = new ArrayList<>();
    if (takesX) {
      a.add(x);
    }
    if (takesTheta) {
      a.add(theta);
    }
    a.addAll(Arrays.asList(extra));
    return a.toArray();
  }

  /** Calls a static method by name and argument count, unwrapping its exception. */
  @SuppressWarnings("unchecked")
  <T> T call(String name, double[] x, double[] theta, Object... extra) {
    Object[] a = args(x, theta, extra);
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == a.length) {
        try {
          return (T) m.invoke(null, a);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("no method " + name + " with " + a.length + " arguments");
  }

  private Method method(String name) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow();
  }
}
