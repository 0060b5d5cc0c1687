package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent reader of OpenQASM 2.0 (and the OpenQASM 3 subset that
 * {@link QasmExporter#toQasm3} writes) that executes each statement as it is read: declarations
 * extend the wire list, gate calls append operations, user gate definitions are stored as
 * expression trees and expanded at each call. Single use.
 */
final class QasmParser {
  /** A gate argument: a whole register, or one element of it when {@code index} is not null. */
  private record Argument(Token name, Token index) {}

  /** A gate call as written, parameters unevaluated. */
  private record GateCall(Token name, List<Expression> parameters, List<Token> parameterStarts,
      List<Argument> arguments) {}

  /**
   * What a gate name refers to where it is called: a user gate or a standard one. Resolved when a
   * definition is read, so that a later definition of the same name cannot change (or recurse
   * into) an earlier body.
   */
  private record Target(UserGate user, StandardGates.Definition standard) {}

  private record BodyCall(GateCall call, Target target) {}

  /** A {@code gate} definition (or an {@code opaque} one, whose body is null). */
  private record UserGate(String name, List<String> parameters, List<String> qubits,
      List<BodyCall> body, int line) {}

  private record Register(String name, int size, int firstWire) {}

  /** OpenQASM 3 keywords outside the supported subset, for a clearer message than "unknown gate". */
  private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of("ctrl", "negctrl", "inv", "pow",
      "for", "while", "def", "defcal", "cal", "input", "output", "let", "const", "int", "uint",
      "float", "angle", "bool", "complex", "box", "delay", "duration", "stretch", "extern");

  /** Register sizes stay within int; no simulator comes near 10^9 qubits anyway. */
  private static final int MAX_REGISTER_DIGITS = 9;

  private final List<Token> tokens;
  private int next;
  private boolean standardLibrary;
  private int qubits;
  private final Map<String, Register> quantum = new LinkedHashMap<>();
  private final Map<String, Integer> classical = new HashMap<>();
  private final Map<String, UserGate> userGates = new HashMap<>();
  private final List<Operation> operations = new ArrayList<>();
  private final List<Boolean> used = new ArrayList<>();
  private final List<Integer> measuredAtLine = new ArrayList<>();
  private final List<QasmProgram.Measurement> measurements = new ArrayList<>();

  private QasmParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static QasmProgram parse(String source) {
    return new QasmParser(QasmLexer.tokenize(source)).program();
  }

  private QasmProgram program() {
    header();
    while (peek().kind() != Token.Kind.END) {
      statement();
    }
    if (qubits == 0) {
      throw error(peek(), "the program declares no qubits (expected a qreg declaration)");
    }
    List<QasmProgram.Register> registers = new ArrayList<>();
    for (Register r : quantum.values()) {
      registers.add(new QasmProgram.Register(r.name(), r.size(), r.firstWire()));
    }
    return new QasmProgram(new Circuit(qubits, operations), registers, measurements);
  }

  private void header() {
    Token first = peek();
    if (!first.is("OPENQASM")) {
      throw error(first, "expected the header 'OPENQASM 2.0;', got " + first.describe());
    }
    next++;
    Token version = take();
    if ((version.kind() != Token.Kind.REAL && version.kind() != Token.Kind.INTEGER)
        || !(version.text().startsWith("2") || version.text().startsWith("3"))
        || Double.parseDouble(version.text()) >= 4) {
      throw error(version, "unsupported OpenQASM version " + version.describe()
          + ", expected 2.0 (or the 3.0 subset written by QasmExporter)");
    }
    expect(";");
  }

  private void statement() {
    Token t = peek();
    if (t.kind() != Token.Kind.IDENTIFIER) {
      throw error(t, "expected a statement, got " + t.describe());
    }
    switch (t.text()) {
      case "include": include(); return;
      case "qreg": registerDeclaration(true, false); return;
      case "creg": registerDeclaration(false, false); return;
      case "qubit": registerDeclaration(true, true); return;
      case "bit": registerDeclaration(false, true); return;
      case "gate": gateDefinition(); return;
      case "opaque": opaqueDeclaration(); return;
      case "barrier": barrier(); return;
      case "measure": measure(); return;
      case "reset": reset(); return;
      case "gphase": globalPhase(); return;
      case "if":
        throw error(t, "classically controlled operations ('if') are not supported: "
            + "qml4j simulates unitary circuits");
      default:
        break;
    }
    if (UNSUPPORTED_KEYWORDS.contains(t.text())) {
      throw error(t, "'" + t.text() + "' is not supported: qml4j reads OpenQASM 2.0 and the "
          + "gate-level subset of OpenQASM 3");
    }
    if (classical.containsKey(t.text())) {
      assignedMeasure();
      return;
    }
    topLevelCall(gateCall(Set.of(), null));
  }

  private void include() {
    next++;
    Token file = take();
    if (file.kind() != Token.Kind.STRING) {
      throw error(file, "expected a file name in quotes after 'include', got " + file.describe());
    }
    if (!file.text().equals("qelib1.inc") && !file.text().equals("stdgates.inc")) {
      throw error(file, "cannot include \"" + file.text()
          + "\": only \"qelib1.inc\" and \"stdgates.inc\" are built in");
    }
    standardLibrary = true;
    expect(";");
  }

  /** {@code qreg q[3];}, {@code creg c[3];}, or OpenQASM 3's {@code qubit[3] q;} and {@code bit c;}. */
  private void registerDeclaration(boolean isQuantum, boolean version3) {
    next++;
    int size = 1;
    Token name;
    if (version3) {
      if (peek().is("[")) {
        next++;
        size = registerSize(take());
        expect("]");
      }
      name = identifier("a register name");
    } else {
      name = identifier("a register name");
      expect("[");
      size = registerSize(take());
      expect("]");
    }
    expect(";");
    if (quantum.containsKey(name.text()) || classical.containsKey(name.text())) {
      throw error(name, "register '" + name.text() + "' is already declared");
    }
    if (isQuantum) {
      quantum.put(name.text(), new Register(name.text(), size, qubits));
      for (int k = 0; k < size; k++) {
        used.add(false);
        measuredAtLine.add(0);
      }
      qubits += size;
    } else {
      classical.put(name.text(), size);
    }
  }

  private int registerSize(Token size) {
    if (size.kind() != Token.Kind.INTEGER || size.text().length() > MAX_REGISTER_DIGITS
        || Integer.parseInt(size.text()) < 1) {
      throw error(size, "expected a register size (a positive integer below 10^"
          + MAX_REGISTER_DIGITS + "), got " + size.describe());
    }
    return Integer.parseInt(size.text());
  }

  private void gateDefinition() {
    Token keyword = take();
    Token name = identifier("a gate name");
    checkDefinable(name);
    List<String> parameters = new ArrayList<>();
    if (peek().is("(")) {
      next++;
      if (!peek().is(")")) {
        parameters = identifierList("a parameter name");
      }
      expect(")");
    }
    List<String> qubitNames = identifierList("a qubit argument name");
    expect("{");
    List<BodyCall> body = new ArrayList<>();
    Set<String> parameterSet = Set.copyOf(parameters);
    while (!peek().is("}")) {
      if (peek().kind() == Token.Kind.END) {
        throw error(peek(), "unterminated body of gate '" + name.text() + "' (missing '}')");
      }
      if (peek().is("barrier")) {
        next++;
        for (Argument a : argumentList()) {
          checkFormal(a, qubitNames);
        }
        expect(";");
        continue;
      }
      if (peek().is("gphase")) {
        globalPhaseIn(parameterSet);
        continue;
      }
      GateCall call = gateCall(parameterSet, qubitNames);
      body.add(new BodyCall(call, target(call)));
    }
    expect("}");
    userGates.put(name.text(),
        new UserGate(name.text(), parameters, qubitNames, body, keyword.line()));
  }

  private void opaqueDeclaration() {
    Token keyword = take();
    Token name = identifier("a gate name");
    checkDefinable(name);
    List<String> parameters = new ArrayList<>();
    if (peek().is("(")) {
      next++;
      if (!peek().is(")")) {
        parameters = identifierList("a parameter name");
      }
      expect(")");
    }
    List<String> qubitNames = identifierList("a qubit argument name");
    expect(";");
    userGates.put(name.text(),
        new UserGate(name.text(), parameters, qubitNames, null, keyword.line()));
  }

  private void checkDefinable(Token name) {
    if (StandardGates.BUILT_IN.contains(name.text())) {
      throw error(name, "cannot redefine the built-in gate '" + name.text() + "'");
    }
    UserGate existing = userGates.get(name.text());
    if (existing != null) {
      throw error(name, "gate '" + name.text() + "' is already defined at line " + existing.line());
    }
  }

  private void checkFormal(Argument a, List<String> qubitNames) {
    if (a.index() != null) {
      throw error(a.index(), "inside a gate definition, arguments are the gate's qubit names "
          + "without an index");
    }
    if (!qubitNames.contains(a.name().text())) {
      throw error(a.name(), "'" + a.name().text() + "' is not a qubit argument of this gate "
          + "(declared: " + String.join(", ", qubitNames) + ")");
    }
  }

  private void barrier() {
    next++;
    for (Argument a : argumentList()) {
      resolve(a);
    }
    expect(";");
  }

  /** {@code gphase(angle);}: a global phase, unobservable because qml4j never controls it. */
  private void globalPhase() {
    globalPhaseIn(Set.of());
  }

  private void globalPhaseIn(Set<String> parameters) {
    next++;
    expect("(");
    expression(parameters);
    expect(")");
    expect(";");
  }

  /** {@code measure q[0] -> c[0];} or {@code measure q -> c;}. */
  private void measure() {
    Token keyword = take();
    Argument qubit = argument();
    expect("->");
    Argument bit = argument();
    expect(";");
    recordMeasurement(keyword, qubit, bit);
  }

  /** OpenQASM 3's {@code c[0] = measure q[0];}. */
  private void assignedMeasure() {
    Argument bit = argument();
    expect("=");
    Token keyword = take();
    if (!keyword.is("measure")) {
      throw error(keyword, "expected 'measure' after '=', got " + keyword.describe()
          + " (only measurement results can be assigned)");
    }
    Argument qubit = argument();
    expect(";");
    recordMeasurement(keyword, qubit, bit);
  }

  private void recordMeasurement(Token keyword, Argument qubit, Argument bit) {
    int[] wires = resolve(qubit);
    String[] bits = resolveBits(bit);
    if (wires.length != bits.length) {
      throw error(bit.name(), String.format(Locale.ROOT,
          "measure writes %d qubit(s) into %d bit(s): sizes must match", wires.length,
          bits.length));
    }
    for (int k = 0; k < wires.length; k++) {
      measurements.add(new QasmProgram.Measurement(wires[k], bits[k], keyword.line()));
      measuredAtLine.set(wires[k], keyword.line());
    }
  }

  private void reset() {
    Token keyword = take();
    Argument a = argument();
    expect(";");
    for (int wire : resolve(a)) {
      if (used.get(wire) || measuredAtLine.get(wire) > 0) {
        throw error(keyword, "reset of " + qubitName(wire) + " after it was used: mid-circuit "
            + "reset is not supported (a reset before any gate is accepted and does nothing)");
      }
    }
  }

  private GateCall gateCall(Set<String> parameterNames, List<String> formalQubits) {
    Token name = identifier("a gate name or statement");
    List<Expression> parameters = new ArrayList<>();
    List<Token> starts = new ArrayList<>();
    if (peek().is("(")) {
      next++;
      if (!peek().is(")")) {
        starts.add(peek());
        parameters.add(expression(parameterNames));
        while (peek().is(",")) {
          next++;
          starts.add(peek());
          parameters.add(expression(parameterNames));
        }
      }
      expect(")");
    }
    List<Argument> arguments = argumentList();
    expect(";");
    GateCall call = new GateCall(name, parameters, starts, arguments);
    if (formalQubits != null) {
      Set<String> seen = new java.util.HashSet<>();
      for (Argument a : arguments) {
        checkFormal(a, formalQubits);
        if (!seen.add(a.name().text())) {
          throw error(a.name(), "gate '" + name.text() + "' is given qubit '" + a.name().text()
              + "' twice");
        }
      }
    }
    return call;
  }

  /** The gate a call names, checked to take that many parameters and qubits. */
  private Target target(GateCall call) {
    Token name = call.name();
    int expectedParameters;
    int expectedQubits;
    UserGate user = userGates.get(name.text());
    StandardGates.Definition standard = null;
    if (user != null) {
      expectedParameters = user.parameters().size();
      expectedQubits = user.qubits().size();
    } else {
      standard = standardGate(name);
      expectedParameters = standard.params();
      expectedQubits = standard.qubits();
    }
    int parameterCount = call.parameters().size();
    if (parameterCount != expectedParameters) {
      throw error(name, String.format(Locale.ROOT, "gate '%s' takes %d parameter(s), got %d",
          name.text(), expectedParameters, parameterCount));
    }
    if (call.arguments().size() != expectedQubits) {
      throw error(name, String.format(Locale.ROOT, "gate '%s' takes %d qubit argument(s), got %d",
          name.text(), expectedQubits, call.arguments().size()));
    }
    return new Target(user, standard);
  }

  private StandardGates.Definition standardGate(Token name) {
    StandardGates.Definition standard = StandardGates.lookup(name.text());
    if (standard != null && (standardLibrary || StandardGates.BUILT_IN.contains(name.text()))) {
      return standard;
    }
    if (standard != null) {
      throw error(name, "unknown gate '" + name.text()
          + "': add 'include \"qelib1.inc\";' after the header to use the standard gates");
    }
    if (StandardGates.UNSUPPORTED.contains(name.text())) {
      throw error(name, "gate '" + name.text() + "' of qelib1.inc is not supported by qml4j "
          + "(define it with a 'gate' declaration to use it)");
    }
    throw error(name, "unknown gate '" + name.text() + "'");
  }

  private void topLevelCall(GateCall call) {
    Target target = target(call);
    double[] values = new double[call.parameters().size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = call.parameters().get(k).evaluate(Map.of());
      if (!Double.isFinite(values[k])) {
        throw error(call.parameterStarts().get(k), String.format(Locale.ROOT,
            "parameter %d of gate '%s' evaluates to %s, expected a finite number", k + 1,
            call.name().text(), values[k]));
      }
    }
    int[][] resolved = new int[call.arguments().size()][];
    int broadcast = 1;
    Argument broadcastBy = null;
    for (int k = 0; k < resolved.length; k++) {
      Argument a = call.arguments().get(k);
      resolved[k] = resolve(a);
      if (a.index() == null) {
        if (broadcastBy != null && resolved[k].length != broadcast) {
          throw error(a.name(), String.format(Locale.ROOT,
              "register '%s' has %d qubit(s) but '%s' has %d: registers given to one gate must "
                  + "have equal sizes", a.name().text(), resolved[k].length,
              broadcastBy.name().text(), broadcast));
        }
        broadcast = resolved[k].length;
        broadcastBy = a;
      }
    }
    for (int instance = 0; instance < broadcast; instance++) {
      int[] wires = new int[resolved.length];
      for (int k = 0; k < wires.length; k++) {
        wires[k] = resolved[k].length == 1 ? resolved[k][0] : resolved[k][instance];
        for (int j = 0; j < k; j++) {
          if (wires[j] == wires[k]) {
            throw error(call.name(), "gate '" + call.name().text() + "' is given qubit "
                + qubitName(wires[k]) + " twice");
          }
        }
        if (measuredAtLine.get(wires[k]) > 0) {
          throw error(call.name(), "gate '" + call.name().text() + "' acts on "
              + qubitName(wires[k]) + " after its measurement at line "
              + measuredAtLine.get(wires[k]) + ": mid-circuit measurement is not supported "
              + "(measurements must come after every gate on the qubit)");
        }
      }
      for (int w : wires) {
        used.set(w, true);
      }
      expand(target, values, wires, call.name());
    }
  }

  /** Appends the operations of one gate application, expanding user gates recursively. */
  private void expand(Target target, double[] values, int[] wires, Token site) {
    UserGate user = target.user();
    if (user == null) {
      String name = target.standard().name();
      for (int k = 0; k < values.length; k++) {
        if (!Double.isFinite(values[k])) {
          throw error(site, String.format(Locale.ROOT,
              "parameter %d of gate '%s' (expanded from '%s') evaluates to %s, expected a finite "
                  + "number", k + 1, name, site.text(), values[k]));
        }
      }
      target.standard().expansion().emit(values, wires, operations);
      return;
    }
    if (user.body() == null) {
      throw error(site, "gate '" + user.name() + "' is declared opaque: it has no definition to "
          + "simulate");
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
      expand(bodyCall.target(), innerValues, innerWires, site);
    }
  }

  /** The wires of a quantum argument: one, or all of a register. */
  private int[] resolve(Argument a) {
    Register r = quantum.get(a.name().text());
    if (r == null) {
      if (classical.containsKey(a.name().text())) {
        throw error(a.name(), "'" + a.name().text() + "' is a classical register, expected qubits");
      }
      throw error(a.name(), "undeclared quantum register '" + a.name().text() + "'");
    }
    if (a.index() == null) {
      int[] wires = new int[r.size()];
      for (int k = 0; k < wires.length; k++) {
        wires[k] = r.firstWire() + k;
      }
      return wires;
    }
    return new int[] {r.firstWire() + index(a, r.size())};
  }

  private String[] resolveBits(Argument a) {
    Integer size = classical.get(a.name().text());
    if (size == null) {
      if (quantum.containsKey(a.name().text())) {
        throw error(a.name(), "'" + a.name().text() + "' is a quantum register, expected bits");
      }
      throw error(a.name(), "undeclared classical register '" + a.name().text() + "'");
    }
    if (a.index() != null) {
      return new String[] {a.name().text() + "[" + index(a, size) + "]"};
    }
    String[] bits = new String[size];
    for (int k = 0; k < size; k++) {
      bits[k] = a.name().text() + "[" + k + "]";
    }
    return bits;
  }

  private int index(Argument a, int size) {
    Token index = a.index();
    long value = index.text().length() > 9 ? Long.MAX_VALUE : Long.parseLong(index.text());
    if (value >= size) {
      throw error(index, String.format(Locale.ROOT,
          "index %s is out of range for register '%s' of size %d (indices 0..%d)",
          index.text(), a.name().text(), size, size - 1));
    }
    return (int) value;
  }

  private String qubitName(int wire) {
    for (Register r : quantum.values()) {
      if (wire >= r.firstWire() && wire < r.firstWire() + r.size()) {
        return r.name() + "[" + (wire - r.firstWire()) + "]";
      }
    }
    throw new AssertionError("wire " + wire);
  }

  private List<Argument> argumentList() {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(argument());
    while (peek().is(",")) {
      next++;
      arguments.add(argument());
    }
    return arguments;
  }

  private Argument argument() {
    Token name = identifier("a register or qubit");
    if (!peek().is("[")) {
      return new Argument(name, null);
    }
    next++;
    Token index = take();
    if (index.kind() != Token.Kind.INTEGER) {
      throw error(index, "expected an index (a non-negative integer), got " + index.describe());
    }
    expect("]");
    return new Argument(name, index);
  }

  private List<String> identifierList(String what) {
    List<String> names = new ArrayList<>();
    Token first = identifier(what);
    names.add(first.text());
    while (peek().is(",")) {
      next++;
      Token t = identifier(what);
      if (names.contains(t.text())) {
        throw error(t, "'" + t.text() + "' is declared twice");
      }
      names.add(t.text());
    }
    return names;
  }

  // Expressions: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*;
  // unary := '-' unary | '+' unary | power; power := primary ('^' unary)?  (so -2^2 = -4,
  // 2^-1 = 0.5 and 2^3^2 = 2^9, as in ordinary mathematical notation).

  private Expression expression(Set<String> parameters) {
    Expression left = product(parameters);
    while (peek().is("+") || peek().is("-")) {
      char op = take().text().charAt(0);
      left = new Expression.Binary(op, left, product(parameters));
    }
    return left;
  }

  private Expression product(Set<String> parameters) {
    Expression left = unary(parameters);
    while (peek().is("*") || peek().is("/")) {
      char op = take().text().charAt(0);
      left = new Expression.Binary(op, left, unary(parameters));
    }
    return left;
  }

  private Expression unary(Set<String> parameters) {
    if (peek().is("-")) {
      next++;
      return new Expression.Negation(unary(parameters));
    }
    if (peek().is("+")) {
      next++;
      return unary(parameters);
    }
    Expression base = primary(parameters);
    if (peek().is("^")) {
      next++;
      return new Expression.Binary('^', base, unary(parameters));
    }
    return base;
  }

  private Expression primary(Set<String> parameters) {
    Token t = take();
    switch (t.kind()) {
      case INTEGER:
      case REAL:
        return new Expression.Number(Double.parseDouble(t.text()));
      case IDENTIFIER:
        if (t.text().equals("pi")) {
          return new Expression.Number(Math.PI);
        }
        if (Expression.Call.FUNCTIONS.containsKey(t.text())) {
          expect("(");
          Expression argument = expression(parameters);
          expect(")");
          return new Expression.Call(t.text(), Expression.Call.FUNCTIONS.get(t.text()), argument);
        }
        if (parameters.contains(t.text())) {
          return new Expression.Parameter(t.text());
        }
        throw error(t, "unknown identifier '" + t.text() + "' in an expression (expected a "
            + "number, pi, " + (parameters.isEmpty() ? "" : "a gate parameter, ")
            + "or sin, cos, tan, exp, ln, sqrt)");
      default:
        if (t.is("(")) {
          Expression inner = expression(parameters);
          expect(")");
          return inner;
        }
        throw error(t, "expected a number or an expression, got " + t.describe());
    }
  }

  private Token identifier(String what) {
    Token t = take();
    if (t.kind() != Token.Kind.IDENTIFIER) {
      throw error(t, "expected " + what + ", got " + t.describe());
    }
    return t;
  }

  private void expect(String symbol) {
    Token t = peek();
    if (!t.is(symbol)) {
      throw error(t, "expected '" + symbol + "', got " + t.describe());
    }
    next++;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token t = tokens.get(next);
    if (t.kind() != Token.Kind.END) {
      next++;
    }
    return t;
  }

  private static QasmException error(Token at, String message) {
    return new QasmException(at.line(), at.column(), message);
  }
}
