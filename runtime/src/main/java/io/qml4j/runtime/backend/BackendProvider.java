package io.qml4j.runtime.backend;

import java.util.List;
import java.util.Optional;

/**
 * The service a jar implements to offer backends: list it in
 * {@code META-INF/services/io.qml4j.runtime.backend.BackendProvider} (AutoService writes the file
 * for {@code @AutoService(BackendProvider.class)}) and {@link Backends} finds it.
 */
public interface BackendProvider {
  /**
   * The backends this provider lists; names must be unique across providers. A remote provider
   * lists the devices its configuration names and must not call its service here.
   */
  List<Backend> backends();

  /**
   * A backend this provider offers under a name it need not list, such as
   * {@code "ibm:ibm_brisbane"} for any device of a remote service.
   *
   * @param name the name asked for
   * @return the backend, or empty if the name is not this provider's
   * @throws IllegalStateException if the name is this provider's but the provider is not
   *     configured (the message says what configures it)
   */
  default Optional<Backend> find(String name) {
    return Optional.empty();
  }

  /** The remote service behind this provider, for listings; empty for local providers. */
  default Optional<RemoteService> service() {
    return Optional.empty();
  }
}
