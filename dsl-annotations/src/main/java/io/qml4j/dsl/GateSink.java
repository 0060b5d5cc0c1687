package io.qml4j.dsl;

import java.util.List;

/**
 * Receives the gates a template expands to.
 *
 * @param <A> the angle type of the {@link AngleAlgebra} in use
 */
@FunctionalInterface
public interface GateSink<A> {
  /** Applies a fixed-arity gate of the table (or {@link Gate#MULTI_RZ}) to the given wires. */
  void gate(Gate gate, int[] wires, List<A> angles);
}
