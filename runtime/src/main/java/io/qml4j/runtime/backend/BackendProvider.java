package io.qml4j.runtime.backend;

import java.util.List;

/**
 * The service a jar implements to offer backends: list it in
 * {@code META-INF/services/io.qml4j.runtime.backend.BackendProvider} (AutoService writes the file
 * for {@code @AutoService(BackendProvider.class)}) and {@link Backends} finds it.
 */
public interface BackendProvider {
  /** The backends this provider offers; names must be unique across providers. */
  List<Backend> backends();
}
