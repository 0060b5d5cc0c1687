package io.qml4j.dsl;

/**
 * An observable: a Pauli string or a real-weighted sum of them. Built with {@link Paulis} inside an
 * {@link Observable} method, for example {@code p.z(0).times(p.z(1)).scale(0.5).plus(p.x(0))}.
 */
public interface Pauli {
  /** The product of this operator and another (Pauli strings multiply letter by letter). */
  Pauli times(Pauli other);

  /** The sum of this operator and another. */
  Pauli plus(Pauli other);

  /** This operator minus another. */
  Pauli minus(Pauli other);

  /** This operator times a real coefficient. */
  Pauli scale(double coefficient);
}
