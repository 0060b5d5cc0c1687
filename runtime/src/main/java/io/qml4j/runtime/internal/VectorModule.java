package io.qml4j.runtime.internal;

import java.lang.reflect.Constructor;
import java.util.Locale;

/**
 * Loads a class compiled from the runtime's SIMD source set ({@code runtime/src/main/vector}) when
 * the incubating Vector API can run it: the JVM was started with {@code --add-modules
 * jdk.incubator.vector} and {@code -Dqml4j.simd=false} is not set. The class is loaded by name, so
 * the runtime links and runs without the module; every caller keeps complete scalar loops for the
 * null answer. Shared by the state-vector, single-precision, batch and adjoint kernels.
 */
public final class VectorModule {
  private VectorModule() {}

  /** Whether the Vector API module resolves and SIMD is not switched off. */
  public static boolean available() {
    String setting = System.getProperty("qml4j.simd", "true").toLowerCase(Locale.ROOT);
    return !setting.equals("false")
        && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /**
   * A new instance of the named class through its no-argument constructor, or null where
   * the module is not {@link #available()} or the class is missing (a jar built without the
   * vector source set) or not a {@code type}.
   */
  public static <T> T load(String className, Class<T> type) {
    if (!available()) {
      return null;
    }
    try {
      // the kernel classes are package-private in their own packages; same module, so allowed
      Constructor<?> constructor = Class.forName(className).getDeclaredConstructor();
      constructor.setAccessible(true);
      return type.cast(constructor.newInstance());
    } catch (ReflectiveOperationException | LinkageError | ClassCastException
        | SecurityException e) {
      return null;
    }
  }
}
