package io.qml4j.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Test helpers: compile model sources with the processor and load the classes they produce. */
final class Compiler {
  private Compiler() {}

  /**
   * The source {@code demo.M}: the package line with {@code import io.qml4j.dsl.*;}, then
   * {@code abstract class M {}, the body lines, and the closing brace. The body's first line is
   * line 3 of the file.
   */
  static JavaFileObject model(String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "package demo; import io.qml4j.dsl.*;";
    lines[1] = "abstract class M {";
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("demo.M", lines);
  }

  /** Compiles one source with the processor. */
  static Compilation compile(String qualifiedName, String... lines) {
    return compile(JavaFileObjects.forSourceLines(qualifiedName, lines));
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new QuantumModelProcessor()).compile(sources);
  }

  /** A class loader over every class file the compilation wrote. */
  static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = f.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "")
          .replaceFirst("\\.class$", "").replace('/', '.');
      try (InputStream in = f.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(Compiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
      }
    };
  }

  /** The source text of a generated file. */
  static String source(Compilation compilation, String qualifiedName) {
    try {
      return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
