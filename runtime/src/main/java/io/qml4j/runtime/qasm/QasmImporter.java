package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Circuit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads OpenQASM 2.0 programs into qml4j circuits.
 *
 * <p>Accepted: the header {@code OPENQASM 2.0;}, {@code include "qelib1.inc";} (built in, never
 * read from disk), any number of {@code qreg} and {@code creg} declarations, {@code //} and
 * {@code /* *}{@code /} comments, the built-ins {@code U} and {@code CX}, every gate of Qiskit's
 * {@code qelib1.inc} except the multi-controlled {@code rccx, rc3x, c3x, c3sqrtx, c4x}, the
 * {@code stdgates.inc} names {@code p, cp, phase, cphase, cu} and {@code ryy}, user
 * {@code gate} definitions (expanded at each call; they may shadow a standard gate but not
 * {@code U} or {@code CX}), gates applied to whole registers ({@code h q;} applies {@code h} to
 * every qubit of {@code q}; {@code cx a, b;} pairs equal-size registers element by element and a
 * single qubit is repeated), and parameters written as expressions of numbers and {@code pi} with
 * {@code + - * / ^}, unary minus, parentheses and {@code sin, cos, tan, exp, ln, sqrt}.
 * {@code barrier} is ignored. A {@code measure} after every gate on its qubit is accepted and
 * reported in {@link QasmProgram#measurements()}, not simulated; a gate on a measured qubit, a
 * {@code reset} of a used qubit and {@code if} are rejected, because a circuit here is unitary.
 * The gate-level subset of OpenQASM 3 that {@link QasmExporter#toQasm3} writes
 * ({@code OPENQASM 3.0;}, {@code include "stdgates.inc";}, {@code qubit[n] q;}, {@code bit[n] c;},
 * {@code c = measure q;}, {@code gphase}) is read as well.
 *
 * <h2>Wire and bit order</h2>
 *
 * <p>Qubits are flattened in declaration order, as Qiskit's {@code QuantumCircuit.qubits} lists
 * them: with one register {@code q}, {@code q[i]} becomes wire {@code i}, and every gate acts on
 * the same qubits with the same matrix as in Qiskit. Only the numbering of basis states differs:
 * Qiskit makes {@code q[0]} the <em>least</em> significant bit of a basis index, qml4j makes wire
 * 0 the <em>most</em> significant. So for n qubits, qml4j's probability of basis index
 * {@code k} equals Qiskit's probability of index {@code reverse_n(k)} (the n bits of k in reverse
 * order), and a qml4j bitstring, written wire 0 first, is Qiskit's bitstring read backwards
 * (Qiskit prints {@code q[0]} rightmost). Example: after {@code x q[0];} on two qubits, qml4j's
 * state is {@code |10>} (index 2, bitstring {@code "10"}), which Qiskit prints as {@code "01"}
 * (index 1).
 *
 * <p>Global phase: every gate is mapped onto qml4j operations with exactly Qiskit's matrix, phase
 * included, so even a state's global phase matches Qiskit's statevector; only OpenQASM 3
 * {@code gphase} statements are dropped, which cannot be observed because a whole program is never
 * controlled.
 */
public final class QasmImporter {
  private QasmImporter() {}

  /**
   * The circuit of an OpenQASM program; final measurements are dropped.
   *
   * @throws QasmException if the program cannot be read, with its line and column
   */
  public static Circuit parse(String source) {
    return read(source).circuit();
  }

  /**
   * The circuit, registers and final measurements of an OpenQASM program.
   *
   * @throws QasmException if the program cannot be read, with its line and column
   */
  public static QasmProgram read(String source) {
    Objects.requireNonNull(source, "source");
    return QasmParser.parse(source);
  }

  /**
   * Reads a UTF-8 OpenQASM file.
   *
   * @throws IOException if the file cannot be read
   * @throws QasmException if the program cannot be read, with its line and column
   */
  public static QasmProgram read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }
}
