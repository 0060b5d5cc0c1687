package io.qml4j.samples.cli;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;

/** Looks up {@code --backend NAME}, naming the installed backends when there is none. */
final class BackendOption {
  private BackendOption() {}

  static Backend named(String name) {
    try {
      return Backends.named(name);
    } catch (IllegalStateException e) { // a remote service without its credentials
      throw new CliInputException("--backend " + name + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--backend: no backend \"" + name + "\"; installed: "
          + String.join(", ", Backends.all().stream().map(Backend::name).toList())
          + " (see 'qml4j backends')");
    }
  }
}
