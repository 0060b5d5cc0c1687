package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.noise.NoisyCircuit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
  /** OpenQASM 3 keywords outside the supported subset: a clearer message than "unknown gate". */
  private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of("ctrl", "negctrl", "inv", "pow",
      "for", "while", "def", "defcal", "cal", "input", "output", "let", "const", "int", "uint",
      "float", "angle", "bool", "complex", "box", "delay", "duration", "stretch", "extern");

  /** Statements that qml4j does not read inside an {@code if} block (only gate calls). */
  private static final Set<String> NOT_IN_IF_BLOCK = Set.of("measure", "reset", "if", "barrier",
      "gate", "opaque", "qubit", "bit", "qreg", "creg", "include", "gphase");

  /** Register sizes stay within int; no simulator comes near 10^9 qubits anyway. */
  private static final int MAX_REGISTER_DIGITS = 9;

  private final TokenStream in;
  private final GateLibrary gates = new GateLibrary();
  private int qubits;
  /** Whether the header said {@code OPENQASM 3}: picks the message for syntax outside 2.0. */
  private boolean version3;
  private final Map<String, QasmProgram.Register> quantum = new LinkedHashMap<>();
  private final Map<String, Integer> classical = new HashMap<>();
  private final List<Operation> operations = new ArrayList<>();
  private final List<Boolean> used = new ArrayList<>();
  private final List<Integer> measuredAtLine = new ArrayList<>();
  private final List<QasmProgram.Measurement> measurements = new ArrayList<>();
  /** Set when reading a dynamic program ({@link #parseDynamic}): measure, reset and if go here. */
  private DynamicSteps dynamic;

  private QasmParser(List<Token> tokens) {
    this.in = new TokenStream(tokens);
  }

  static QasmProgram parse(String source) {
    return new QasmParser(QasmLexer.tokenize(source)).program();
  }

  /** A program with mid-circuit measure, reset and {@code if}, as {@link DynamicQasmImporter}. */
  static NoisyCircuit parseDynamic(String source) {
    QasmParser parser = new QasmParser(QasmLexer.tokenize(source));
    parser.dynamic = new DynamicSteps();
    Circuit gates = parser.program().circuit();
    return parser.dynamic.build(gates.qubits(), gates.operations());
  }

  private QasmProgram program() {
    header();
    while (in.peek().kind() != Token.Kind.END) {
      statement();
    }
    if (qubits == 0) {
      throw error(in.peek(), "the program declares no qubits (expected a qreg declaration)");
    }
    return new QasmProgram(new Circuit(qubits, operations), List.copyOf(quantum.values()),
        measurements);
  }

  private void header() {
    Token first = in.peek();
    if (!first.is("OPENQASM")) {
      throw error(first, "expected the header 'OPENQASM 2.0;', got " + first.describe());
    }
    in.skip();
    Token version = in.take();
    if ((version.kind() != Token.Kind.REAL && version.kind() != Token.Kind.INTEGER)
        || !(version.text().startsWith("2") || version.text().startsWith("3"))
        || Double.parseDouble(version.text()) >= 4) {
      throw error(version, "unsupported OpenQASM version " + version.describe()
          + ", expected 2.0 (or the 3.0 subset written by QasmExporter)");
    }
    version3 = version.text().startsWith("3");
    in.expect(";");
  }

  private void statement() {
    Token t = in.peek();
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
        if (dynamic != null) {
          conditional();
          return;
        }
        throw error(t, "classically controlled operations ('if') are not supported: "
            + "qml4j simulates unitary circuits");
      default:
        break;
    }
    if (UNSUPPORTED_KEYWORDS.contains(t.text())) {
      throw error(t, version3
          ? "'" + t.text() + "' is not supported: qml4j reads the gate-level subset of OpenQASM 3"
          : "'" + t.text() + "' is OpenQASM 3 syntax, not supported in OpenQASM 2.0 (this file's "
              + "header says 2.0)");
    }
    if (classical.containsKey(t.text())) {
      assignedMeasure();
      return;
    }
    topLevelCall(gateCall(Set.of(), null));
  }

  private void include() {
    in.skip();
    Token file = in.take();
    if (file.kind() != Token.Kind.STRING) {
      throw error(file, "expected a file name in quotes after 'include', got " + file.describe());
    }
    if (!file.text().equals("qelib1.inc") && !file.text().equals("stdgates.inc")) {
      throw error(file, "cannot include " + file.describe() + ": only \"qelib1.inc\" and \"stdgates.inc\" are built in");
    }
    gates.includeStandardLibrary();
    in.expect(";");
  }

  /** {@code qreg q[3];}, {@code creg c[3];}, or OpenQASM 3's {@code qubit[3] q;}, {@code bit c;}. */
  private void registerDeclaration(boolean isQuantum, boolean version3) {
    in.skip();
    int size = 1;
    Token name;
    if (version3) {
      if (in.peek().is("[")) {
        in.skip();
        size = registerSize(in.take());
        in.expect("]");
      }
      name = in.identifier("a register name");
    } else {
      name = in.identifier("a register name");
      in.expect("[");
      size = registerSize(in.take());
      in.expect("]");
    }
    in.expect(";");
    if (quantum.containsKey(name.text()) || classical.containsKey(name.text())) {
      throw error(name, "register '" + name.text() + "' is already declared");
    }
    if (isQuantum) {
      quantum.put(name.text(),
          new QasmProgram.Register(name.text(), size, qubits, name.line()));
      for (int k = 0; k < size; k++) {
        used.add(false);
        measuredAtLine.add(0);
      }
      qubits += size;
    } else {
      classical.put(name.text(), size);
      if (dynamic != null) {
        dynamic.declareBits(name.text(), size);
      }
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
    Token keyword = in.take();
    Token name = in.identifier("a gate name");
    gates.checkDefinable(name);
    List<String> parameters = new ArrayList<>();
    if (in.peek().is("(")) {
      in.skip();
      if (!in.peek().is(")")) {
        parameters = identifierList("a parameter name");
      }
      in.expect(")");
    }
    List<String> qubitNames = identifierList("a qubit argument name");
    in.expect("{");
    List<GateLibrary.BodyCall> body = new ArrayList<>();
    Set<String> parameterSet = Set.copyOf(parameters);
    while (!in.peek().is("}")) {
      if (in.peek().kind() == Token.Kind.END) {
        throw error(in.peek(), "unterminated body of gate '" + name.text() + "' (missing '}')");
      }
      if (in.peek().is("barrier")) {
        in.skip();
        for (GateCall.Argument a : argumentList()) {
          checkFormal(a, qubitNames);
        }
        in.expect(";");
        continue;
      }
      if (in.peek().is("gphase")) {
        globalPhaseIn(parameterSet);
        continue;
      }
      GateCall call = gateCall(parameterSet, qubitNames);
      body.add(new GateLibrary.BodyCall(call, gates.target(call)));
    }
    in.expect("}");
    gates.define(
        new GateLibrary.UserGate(name.text(), parameters, qubitNames, body, keyword.line()));
  }

  private void opaqueDeclaration() {
    Token keyword = in.take();
    Token name = in.identifier("a gate name");
    gates.checkDefinable(name);
    List<String> parameters = new ArrayList<>();
    if (in.peek().is("(")) {
      in.skip();
      if (!in.peek().is(")")) {
        parameters = identifierList("a parameter name");
      }
      in.expect(")");
    }
    List<String> qubitNames = identifierList("a qubit argument name");
    in.expect(";");
    gates.define(
        new GateLibrary.UserGate(name.text(), parameters, qubitNames, null, keyword.line()));
  }

  private void checkFormal(GateCall.Argument a, List<String> qubitNames) {
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
    in.skip();
    for (GateCall.Argument a : argumentList()) {
      resolve(a);
    }
    in.expect(";");
  }

  /** {@code gphase(angle);}: a global phase, unobservable because qml4j never controls it. */
  private void globalPhase() {
    globalPhaseIn(Set.of());
  }

  private void globalPhaseIn(Set<String> parameters) {
    in.skip();
    in.expect("(");
    ExpressionParser.expression(in, parameters);
    in.expect(")");
    in.expect(";");
  }

  /** {@code measure q[0] -> c[0];} or {@code measure q -> c;}. */
  private void measure() {
    Token keyword = in.take();
    GateCall.Argument qubit = argument();
    in.expect("->");
    GateCall.Argument bit = argument();
    in.expect(";");
    recordMeasurement(keyword, qubit, bit);
  }

  /** OpenQASM 3's {@code c[0] = measure q[0];}. */
  private void assignedMeasure() {
    GateCall.Argument bit = argument();
    in.expect("=");
    Token keyword = in.take();
    if (!keyword.is("measure")) {
      throw error(keyword, "expected 'measure' after '=', got " + keyword.describe()
          + " (only measurement results can be assigned)");
    }
    GateCall.Argument qubit = argument();
    in.expect(";");
    recordMeasurement(keyword, qubit, bit);
  }

  private void recordMeasurement(Token keyword, GateCall.Argument qubit, GateCall.Argument bit) {
    int[] wires = resolve(qubit);
    String[] bits = resolveBits(bit);
    if (wires.length != bits.length) {
      throw error(bit.name(), String.format(Locale.ROOT,
          "measure writes %d qubit(s) into %d bit(s): sizes must match", wires.length,
          bits.length));
    }
    for (int k = 0; k < wires.length; k++) {
      measurements.add(new QasmProgram.Measurement(wires[k], bits[k], keyword.line()));
      if (dynamic != null) {
        dynamic.measure(operations.size(), wires[k], bits[k]);
        continue; // a dynamic program may act on the qubit again
      }
      measuredAtLine.set(wires[k], keyword.line());
    }
  }

  private void reset() {
    Token keyword = in.take();
    GateCall.Argument a = argument();
    in.expect(";");
    for (int wire : resolve(a)) {
      if (dynamic != null) {
        dynamic.reset(operations.size(), wire);
        continue;
      }
      if (used.get(wire) || measuredAtLine.get(wire) > 0) {
        throw error(keyword, "reset of " + qubitName(wire) + " after it was used: mid-circuit "
            + "reset is not supported (a reset before any gate is accepted and does nothing)");
      }
    }
  }

  /**
   * A condition in a dynamic program: OpenQASM 2.0's {@code if (c == 3) gate ...;} (the whole
   * register), {@code if (c == 3) measure q -> b;} or {@code if (c == 3) reset q;}, or OpenQASM
   * 3's {@code if (c[k] == v)} and {@code if (c[a:b] == v)} (one bit, or bits a..b read as an
   * integer with {@code c[a]} least significant) followed by one gate or a braced block of gates.
   * The statements run when the bits hold the value.
   */
  private void conditional() {
    Token keyword = in.take();
    in.expect("(");
    Token register = in.identifier("a classical register");
    Integer size = dynamic.registerSize(register.text());
    if (size == null) {
      throw error(register, "undeclared classical register '" + register.text() + "' in 'if'");
    }
    int first = 0, width = size;
    String bits = register.text();
    if (in.peek().is("[")) {
      in.skip();
      Token from = in.take();
      first = bitIndex(from, register.text(), size);
      int last = first;
      if (in.peek().is(":")) {
        in.skip();
        Token to = in.take();
        last = bitIndex(to, register.text(), size);
        if (in.peek().is(":")) {
          throw error(in.peek(), "a stepped range c[a:s:b] is not supported in 'if': qml4j "
              + "reads c[k] and c[a:b]");
        }
        if (last < first) {
          throw error(to, String.format(Locale.ROOT, "the range %s[%d:%d] runs backwards; "
              + "expected a <= b", register.text(), first, last));
        }
      }
      in.expect("]");
      width = last - first + 1;
      bits = register.text() + "[" + (first == last ? first : first + ":" + last) + "]";
    }
    if (!in.peek().is("==")) {
      throw error(in.peek(), "expected '==' in the condition (qml4j reads 'if (bits == value)' "
          + "only), got " + in.peek().describe());
    }
    in.skip();
    Token value = in.take();
    if (value.kind() != Token.Kind.INTEGER || value.text().length() > MAX_REGISTER_DIGITS
        || width > 30 || Long.parseLong(value.text()) >= 1L << width) {
      throw error(value, String.format(Locale.ROOT, "expected a value 0..%s of the %d-bit "
          + "%s '%s', got %s", width > 30 ? "2^" + width + "-1" : (1L << width) - 1, width,
          bits.equals(register.text()) ? "register" : "bits", bits, value.describe()));
    }
    in.expect(")");
    int k = Integer.parseInt(value.text());
    if (in.peek().is("measure") || in.peek().is("reset")) {
      dynamic.beginCondition(register.text(), first, width, k);
      if (in.peek().is("measure")) {
        measure();
      } else {
        reset();
      }
      dynamic.endCondition();
      return;
    }
    int from = operations.size();
    if (in.peek().is("{")) {
      in.skip();
      while (!in.peek().is("}")) {
        Token t = in.peek();
        if (t.kind() == Token.Kind.END) {
          throw error(t, "unterminated block of 'if' at line " + keyword.line()
              + " (missing '}')");
        }
        if (t.kind() == Token.Kind.IDENTIFIER && (NOT_IN_IF_BLOCK.contains(t.text())
            || UNSUPPORTED_KEYWORDS.contains(t.text()) || classical.containsKey(t.text()))) {
          throw error(t, "'" + t.text() + "' inside 'if' is not supported: qml4j reads gate "
              + "calls there");
        }
        topLevelCall(gateCall(Set.of(), null));
      }
      in.skip();
      if (in.peek().is("else")) {
        throw error(in.peek(), "'else' is not supported: qml4j reads 'if' blocks of gates");
      }
    } else {
      topLevelCall(gateCall(Set.of(), null));
    }
    dynamic.condition(from, operations.size(), register.text(), first, width, k);
  }

  private int bitIndex(Token index, String register, int size) {
    if (index.kind() != Token.Kind.INTEGER) {
      throw error(index, "expected a bit index (a non-negative integer), got "
          + index.describe());
    }
    long value = index.text().length() > 9 ? Long.MAX_VALUE : Long.parseLong(index.text());
    if (value >= size) {
      throw error(index, String.format(Locale.ROOT,
          "index %s is out of range for register '%s' of size %d (indices 0..%d)",
          index.text(), register, size, size - 1));
    }
    return (int) value;
  }

  private GateCall gateCall(Set<String> parameterNames, List<String> formalQubits) {
    Token name = in.identifier("a gate name or statement");
    List<Expression> parameters = new ArrayList<>();
    List<Token> starts = new ArrayList<>();
    if (in.peek().is("(")) {
      in.skip();
      if (!in.peek().is(")")) {
        starts.add(in.peek());
        parameters.add(ExpressionParser.expression(in, parameterNames));
        while (in.peek().is(",")) {
          in.skip();
          starts.add(in.peek());
          parameters.add(ExpressionParser.expression(in, parameterNames));
        }
      }
      in.expect(")");
    }
    List<GateCall.Argument> arguments = argumentList();
    in.expect(";");
    GateCall call = new GateCall(name, parameters, starts, arguments);
    if (formalQubits != null) {
      Set<String> seen = new HashSet<>();
      for (GateCall.Argument a : arguments) {
        checkFormal(a, formalQubits);
        if (!seen.add(a.name().text())) {
          throw error(a.name(), "gate '" + name.text() + "' is given qubit '" + a.name().text()
              + "' twice");
        }
      }
    }
    return call;
  }

  private void topLevelCall(GateCall call) {
    GateLibrary.Target target = gates.target(call);
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
    GateCall.Argument broadcastBy = null;
    for (int k = 0; k < resolved.length; k++) {
      GateCall.Argument a = call.arguments().get(k);
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
      gates.expand(target, values, wires, call.name(), operations);
    }
  }

  /** The wires of a quantum argument: one, or all of a register. */
  private int[] resolve(GateCall.Argument a) {
    QasmProgram.Register r = quantum.get(a.name().text());
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

  private String[] resolveBits(GateCall.Argument a) {
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

  private int index(GateCall.Argument a, int size) {
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
    for (QasmProgram.Register r : quantum.values()) {
      if (wire >= r.firstWire() && wire < r.firstWire() + r.size()) {
        return r.name() + "[" + (wire - r.firstWire()) + "]";
      }
    }
    throw new AssertionError("wire " + wire);
  }

  private List<GateCall.Argument> argumentList() {
    List<GateCall.Argument> arguments = new ArrayList<>();
    arguments.add(argument());
    while (in.peek().is(",")) {
      in.skip();
      arguments.add(argument());
    }
    return arguments;
  }

  private GateCall.Argument argument() {
    Token name = in.identifier("a register or qubit");
    if (!in.peek().is("[")) {
      return new GateCall.Argument(name, null);
    }
    in.skip();
    Token index = in.take();
    if (index.kind() != Token.Kind.INTEGER) {
      throw error(index, "expected an index (a non-negative integer), got " + index.describe());
    }
    in.expect("]");
    return new GateCall.Argument(name, index);
  }

  private List<String> identifierList(String what) {
    List<String> names = new ArrayList<>();
    Token first = in.identifier(what);
    names.add(first.text());
    while (in.peek().is(",")) {
      in.skip();
      Token t = in.identifier(what);
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

  private static QasmException error(Token at, String message) {
    return TokenStream.error(at, message);
  }
}
