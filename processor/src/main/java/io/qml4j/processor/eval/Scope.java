package io.qml4j.processor.eval;

import java.util.HashMap;
import java.util.Map;

/** Nested scopes of a method's locals, each with its declared type. */
final class Scope {
  private final Scope parent;
  /** Created on the first declaration: most blocks of an unrolled loop declare nothing. */
  private Map<String, Var> vars;

  Scope(Scope parent) {
    this.parent = parent;
  }

  /** Declares a local; its value is already converted to {@code type}, or null if unassigned. */
  void declare(String name, ValueType type, Object value) {
    if (vars == null) {
      vars = new HashMap<>();
    }
    vars.put(name, new Var(type, value));
  }

  /** The innermost local of that name, or null. */
  Var lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Var v = s.vars == null ? null : s.vars.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** A local: its declared type and current value. */
  static final class Var {
    final ValueType type;
    Object value;

    Var(ValueType type, Object value) {
      this.type = type;
      this.value = value;
    }
  }
}
