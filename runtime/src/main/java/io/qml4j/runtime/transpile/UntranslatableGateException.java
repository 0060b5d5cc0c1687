package io.qml4j.runtime.transpile;

/**
 * A gate the transpiler cannot express in a device's native gates (a user unitary on two or more
 * wires, which would need a general two-qubit synthesis qml4j does not have). Thrown before any
 * output is produced.
 */
public final class UntranslatableGateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An error naming the gate.
   *
   * @param message what cannot be translated and what to do instead
   */
  public UntranslatableGateException(String message) {
    super(message);
  }
}
