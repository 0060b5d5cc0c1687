package io.qml4j.runtime.observable;

import io.qml4j.dsl.PauliTextException;

/**
 * Malformed observable text: says at which column (1-based) what was expected and what was found,
 * e.g. {@code Pauli text "Z-1", column 2: expected the wire number of Z (as in Z0), got '-'}. The
 * runtime's name for the shared {@link PauliTextException}, thrown by {@link PauliSum#parse} and
 * {@link PauliString#parse}.
 */
public final class PauliSyntaxException extends PauliTextException {
  private static final long serialVersionUID = 1L;

  PauliSyntaxException(PauliTextException cause) {
    super(cause.text(), cause.column(), cause.problem());
  }
}
