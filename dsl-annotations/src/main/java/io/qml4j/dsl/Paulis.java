package io.qml4j.dsl;

/** Factory of Pauli operators, handed to {@link Observable} methods. */
public interface Paulis {
  /** The identity (a constant term once scaled). */
  Pauli identity();

  /** Pauli X on a wire. */
  Pauli x(int wire);

  /** Pauli Y on a wire. */
  Pauli y(int wire);

  /** Pauli Z on a wire. */
  Pauli z(int wire);

  /**
   * Parses a weighted sum such as {@code "0.5 Z0 Z1 - 0.2 X0 + 1.1"}: terms separated by + or -,
   * each an optional coefficient followed by letters X, Y, Z with their wire numbers.
   */
  Pauli parse(String text);
}
