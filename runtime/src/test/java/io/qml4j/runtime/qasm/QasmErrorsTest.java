package io.qml4j.runtime.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each kind of bad program fails with a {@link QasmException} at the offending line and column. */
class QasmErrorsTest {
  /** Three lines; the statements under test start on line 4. */
  private static final String H = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\n";

  private static void assertError(String source, int line, int column, String fragment) {
    QasmException e = assertThrows(QasmException.class, () -> QasmImporter.parse(source));
    assertInstanceOf(IllegalArgumentException.class, e);
    assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": "),
        e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.detail().contains(fragment), e.getMessage());
  }

  @Test
  void missingHeader() {
    assertError("qreg q[2];\n", 1, 1, "expected the header 'OPENQASM 2.0;'");
  }

  @Test
  void unsupportedVersion() {
    assertError("OPENQASM 4.0;\n", 1, 10, "unsupported OpenQASM version '4.0'");
  }

  @Test
  void missingSemicolon() {
    assertError(H + "h q[0]\nx q[1];\n", 5, 1, "expected ';', got 'x'");
  }

  @Test
  void unexpectedCharacter() {
    assertError(H + "h q[0]; $\n", 4, 9, "unexpected character '$'");
  }

  @Test
  void controlCharactersAreShownAsTheirCode() {
    QasmException nul = assertThrows(QasmException.class,
        () -> QasmImporter.parse(H + "h q[0]; \u0000\n"));
    assertEquals("unexpected character U+0000", nul.detail());
    QasmException escape = assertThrows(QasmException.class,
        () -> QasmImporter.parse("OPENQASM 2.0;\ninclude \"qe\u001b[31mlib\";\n"));
    assertTrue(escape.detail().contains("\"qeU+001B[31mlib\""), escape.getMessage());
    assertTrue(escape.getMessage().chars().noneMatch(Character::isISOControl), escape.getMessage());
  }

  @Test
  void openQasm3SyntaxInA2FileIsNamed() {
    assertError(H + "for i in [0:3] {\n  h q[0];\n}\n", 4, 1,
        "'for' is OpenQASM 3 syntax, not supported in OpenQASM 2.0");
    assertError("OPENQASM 3.0;\nqubit[2] q;\nfor int i in [0:3] { h q[0]; }\n", 3, 1,
        "'for' is not supported: qml4j reads the gate-level subset of OpenQASM 3");
  }

  @Test
  void unterminatedBlockComment() {
    assertError(H + "/* never closed\nh q[0];\n", 4, 1, "unterminated block comment");
  }

  @Test
  void registerSizeBeyondRange() {
    assertError("OPENQASM 2.0;\nqreg q[12345678901];\n", 2, 8, "expected a register size");
  }

  @Test
  void unknownGate() {
    assertError(H + "h q[0];\n  foo q[1];\n", 5, 3, "unknown gate 'foo'");
  }

  @Test
  void standardGateWithoutInclude() {
    assertError("OPENQASM 2.0;\nqreg q[1];\nh q[0];\n", 3, 1, "include \"qelib1.inc\"");
  }

  @Test
  void includeOfAnotherFile() {
    assertError("OPENQASM 2.0;\ninclude \"mylib.inc\";\n", 2, 9, "cannot include \"mylib.inc\"");
  }

  @Test
  void unsupportedQelibGate() {
    assertError(H + "qreg r[3];\nc3x q[0], q[1], r[0], r[1];\n", 5, 1, "'c3x' of qelib1.inc");
  }

  @Test
  void wrongQubitCount() {
    assertError(H + "cx q[0];\n", 4, 1, "gate 'cx' takes 2 qubit argument(s), got 1");
  }

  @Test
  void wrongParameterCount() {
    assertError(H + "rx q[0];\n", 4, 1, "gate 'rx' takes 1 parameter(s), got 0");
  }

  @Test
  void undeclaredRegister() {
    assertError(H + "h r[0];\n", 4, 3, "undeclared quantum register 'r'");
  }

  @Test
  void classicalRegisterGivenToAGate() {
    assertError(H + "creg c[2];\nh c;\n", 5, 3, "'c' is a classical register");
  }

  @Test
  void indexOutOfRange() {
    assertError(H + "cx q[0], q[2];\n", 4, 12,
        "index 2 is out of range for register 'q' of size 2 (indices 0..1)");
  }

  @Test
  void sameQubitTwice() {
    assertError(H + "cx q[1], q[1];\n", 4, 1, "gate 'cx' is given qubit q[1] twice");
  }

  @Test
  void registersOfUnequalSize() {
    assertError("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg a[2];\nqreg b[3];\ncx a, b;\n",
        5, 7, "register 'b' has 3 qubit(s) but 'a' has 2");
  }

  @Test
  void unknownIdentifierInAnExpression() {
    assertError(H + "rx(2 * theta) q[0];\n", 4, 8, "unknown identifier 'theta'");
  }

  @Test
  void nonFiniteParameter() {
    assertError(H + "rx(1/0) q[0];\n", 4, 4, "evaluates to Infinity");
  }

  @Test
  void nonFiniteParameterInsideAUserGateIsReportedAtTheCall() {
    assertError(H + "gate g(t) a { rx(sqrt(t)) a; }\ng(-1) q[0];\n", 5, 1,
        "parameter 1 of gate 'rx' (expanded from 'g') evaluates to NaN");
  }

  @Test
  void undeclaredQubitInAGateBody() {
    assertError(H + "gate g a { cx a, b; }\n", 4, 18, "'b' is not a qubit argument of this gate");
  }

  @Test
  void unknownGateInAGateBody() {
    assertError(H + "gate g a {\n  bar a;\n}\n", 5, 3, "unknown gate 'bar'");
  }

  @Test
  void midCircuitMeasurement() {
    assertError(H + "creg c[2];\nmeasure q[0] -> c[0];\nh q[0];\n", 6, 1,
        "acts on q[0] after its measurement at line 5: mid-circuit measurement is not supported");
  }

  @Test
  void measurementSizesDiffer() {
    assertError(H + "creg c[3];\nmeasure q -> c;\n", 5, 14, "measure writes 2 qubit(s) into 3");
  }

  @Test
  void midCircuitReset() {
    assertError(H + "h q[1];\nreset q[1];\n", 5, 1, "reset of q[1] after it was used");
  }

  @Test
  void classicalControl() {
    assertError(H + "creg c[2];\nif (c == 1) x q[0];\n", 5, 1, "classically controlled");
  }

  @Test
  void opaqueGateCall() {
    assertError(H + "opaque magic q0;\nmagic q[0];\n", 5, 1, "gate 'magic' is declared opaque");
  }

  @Test
  void programWithoutQubits() {
    assertError("OPENQASM 2.0;\n", 2, 1, "declares no qubits");
  }
}
