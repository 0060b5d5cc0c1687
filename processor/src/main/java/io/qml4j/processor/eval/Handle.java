package io.qml4j.processor.eval;

/** Values that stand for the DSL objects a method receives. */
enum Handle {
  /** The circuit being built, a {@code Q} parameter. */
  Q,
  /** The observable factory, a {@code Paulis} parameter. */
  PAULIS
}
