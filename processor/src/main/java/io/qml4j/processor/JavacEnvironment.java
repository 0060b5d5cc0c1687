package io.qml4j.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's Tree API behind the processing environment a build tool hands the processor.
 *
 * <p>{@link Trees#instance(ProcessingEnvironment)} accepts only javac's own environment. Build
 * tools that track what a processor generates wrap it: Gradle's incremental annotation processing
 * passes an {@code IncrementalProcessingEnvironment} that holds javac's environment in a field and
 * replaces only the {@code Filer}; Kotlin's kapt does the same. Such a wrapper is looked through
 * (its fields of type {@code ProcessingEnvironment}, a few levels deep), so the processor works
 * there too, while still writing through the wrapper's {@code Filer} so the tool sees the outputs.
 * Eclipse's compiler and proxies that hold no javac environment have no trees at all.
 */
final class JavacEnvironment {
  /** Wrappers of wrappers exist (a build tool inside an IDE); deeper chains are not seen. */
  private static final int MAX_WRAPPER_DEPTH = 4;

  private JavacEnvironment() {}

  /** The javac trees behind {@code env}, or empty where the compiler is not javac. */
  static Optional<Trees> trees(ProcessingEnvironment env) {
    ProcessingEnvironment current = env;
    for (int depth = 0; current != null && depth <= MAX_WRAPPER_DEPTH; depth++) {
      try {
        return Optional.of(Trees.instance(current));
      } catch (IllegalArgumentException | LinkageError notJavacHere) {
        current = wrapped(current);
      }
    }
    return Optional.empty();
  }

  /** The environment {@code wrapper} delegates to, held in one of its fields, if any. */
  private static ProcessingEnvironment wrapped(ProcessingEnvironment wrapper) {
    for (Class<?> c = wrapper.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!ProcessingEnvironment.class.isAssignableFrom(f.getType())) {
          continue;
        }
        try {
          f.setAccessible(true);
          Object inner = f.get(wrapper);
          if (inner instanceof ProcessingEnvironment && inner != wrapper) {
            return (ProcessingEnvironment) inner;
          }
        } catch (RuntimeException | IllegalAccessException inaccessible) {
          // A wrapper in a named module that does not open its package: treat as opaque.
        }
      }
    }
    return null;
  }
}
