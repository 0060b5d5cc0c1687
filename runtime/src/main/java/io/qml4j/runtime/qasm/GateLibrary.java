package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What gate names mean in one program: the standard gates (once their library is included) and
 * the user's {@code gate} and {@code opaque} definitions, and how a call expands into qml4j
 * operations. A definition's body is resolved when it is read, so a later definition of the same
 * name cannot change (or recurse into) an earlier body.
 */
final class GateLibrary {
  /** What a called name refers to: a user gate or a standard one. */
  record Target(UserGate user, StandardGates.Definition standard) {}

  /** A call inside a definition, with its resolved target. */
  record BodyCall(GateCall call, Target target) {}

  /** A {@code gate} definition, or an {@code opaque} one whose body is null. */
  record UserGate(String name, List<String> parameters, List<String> qubits,
      List<BodyCall> body, int line) {}

  private final Map<String, UserGate> userGates = new HashMap<>();
  private boolean standardLibrary;

  /** Makes the gates of {@code qelib1.inc} / {@code stdgates.inc} callable. */
  void includeStandardLibrary() {
    standardLibrary = true;
  }

  /** Checks that a new definition may take this name. */
  void checkDefinable(Token name) {
    if (StandardGates.BUILT_IN.contains(name.text())) {
      throw TokenStream.error(name, "cannot redefine the built-in gate '" + name.text() + "'");
    }
    UserGate existing = userGates.get(name.text());
    if (existing != null) {
      throw TokenStream.error(name,
          "gate '" + name.text() + "' is already defined at line " + existing.line());
    }
  }

  /** Records a definition whose name passed {@link #checkDefinable}. */
  void define(UserGate gate) {
    userGates.put(gate.name(), gate);
  }

  /** The gate a call names, checked to take that many parameters and qubits. */
  Target target(GateCall call) {
    Token name = call.name();
    UserGate user = userGates.get(name.text());
    StandardGates.Definition standard = user == null ? standardGate(name) : null;
    int expectedParameters = user != null ? user.parameters().size() : standard.params();
    int expectedQubits = user != null ? user.qubits().size() : standard.qubits();
    if (call.parameters().size() != expectedParameters) {
      throw TokenStream.error(name, String.format(Locale.ROOT,
          "gate '%s' takes %d parameter(s), got %d", name.text(), expectedParameters,
          call.parameters().size()));
    }
    if (call.arguments().size() != expectedQubits) {
      throw TokenStream.error(name, String.format(Locale.ROOT,
          "gate '%s' takes %d qubit argument(s), got %d", name.text(), expectedQubits,
          call.arguments().size()));
    }
    return new Target(user, standard);
  }

  private StandardGates.Definition standardGate(Token name) {
    StandardGates.Definition standard = StandardGates.lookup(name.text());
    if (standard != null && (standardLibrary || StandardGates.BUILT_IN.contains(name.text()))) {
      return standard;
    }
    if (standard != null) {
      throw TokenStream.error(name, "unknown gate '" + name.text()
          + "': add 'include \"qelib1.inc\";' after the header to use the standard gates");
    }
    if (StandardGates.UNSUPPORTED.contains(name.text())) {
      throw TokenStream.error(name, "gate '" + name.text() + "' of qelib1.inc is not supported "
          + "by qml4j (define it with a 'gate' declaration to use it)");
    }
    throw TokenStream.error(name, "unknown gate '" + name.text() + "'");
  }

  /**
   * Appends the operations of one application of a gate, expanding user gates recursively;
   * errors point at {@code site}, the top-level call.
   */
  void expand(Target target, double[] values, int[] wires, Token site, List<Operation> out) {
    UserGate user = target.user();
    if (user == null) {
      String name = target.standard().name();
      for (int k = 0; k < values.length; k++) {
        if (!Double.isFinite(values[k])) {
          throw TokenStream.error(site, String.format(Locale.ROOT,
              "parameter %d of gate '%s' (expanded from '%s') evaluates to %s, expected a "
                  + "finite number", k + 1, name, site.text(), values[k]));
        }
      }
      target.standard().expansion().emit(values, wires, out);
      return;
    }
    if (user.body() == null) {
      throw TokenStream.error(site, "gate '" + user.name() + "' is declared opaque: it has no "
          + "definition to simulate");
    }
    Map<String, Double> bound = new HashMap<>();
    for (int k = 0; k < values.length; k++) {
      bound.put(user.parameters().get(k), values[k]);
    }
    for (BodyCall bodyCall : user.body()) {
      GateCall inner = bodyCall.call();
      double[] innerValues = new double[inner.parameters().size()];
      for (int k = 0; k < innerValues.length; k++) {
        innerValues[k] = inner.parameters().get(k).evaluate(bound);
      }
      int[] innerWires = new int[inner.arguments().size()];
      for (int k = 0; k < innerWires.length; k++) {
        innerWires[k] = wires[user.qubits().indexOf(inner.arguments().get(k).name().text())];
      }
      expand(bodyCall.target(), innerValues, innerWires, site, out);
    }
  }
}
