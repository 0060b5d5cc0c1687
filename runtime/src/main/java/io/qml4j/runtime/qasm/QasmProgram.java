package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Circuit;
import java.util.List;
import java.util.Locale;

/**
 * What {@link QasmImporter} read from an OpenQASM program: the unitary circuit, the quantum
 * registers and how they map to wires, and the final measurements that were accepted and left out
 * of the circuit.
 *
 * <p>Register {@code r} of size {@code k} declared after registers totalling {@code m} qubits
 * holds wires {@code m .. m+k-1}: {@code r[i]} is wire {@code m+i}. With a single register
 * {@code q}, {@code q[i]} is wire {@code i}.
 *
 * @param circuit the gates, on as many wires as all quantum registers together
 * @param registers the quantum registers in declaration order
 * @param measurements the measurements at the end of the program, in program order; they are not
 *     part of {@code circuit} (sample the final state to reproduce them)
 */
public record QasmProgram(Circuit circuit, List<Register> registers,
    List<Measurement> measurements) {

  /**
   * A quantum register: {@code name[i]} is wire {@code firstWire + i} for {@code i < size}.
   *
   * @param name the register's name
   * @param size its number of qubits
   * @param firstWire the wire of {@code name[0]}
   * @param line the 1-based source line of its declaration
   */
  public record Register(String name, int size, int firstWire, int line) {}

  /**
   * A final measurement that was accepted and not simulated.
   *
   * @param wire the measured wire
   * @param target the classical bit written, such as {@code "c[0]"}
   * @param line the 1-based source line of the {@code measure} statement
   */
  public record Measurement(int wire, String target, int line) {}

  /** A copy with unmodifiable lists. */
  public QasmProgram {
    registers = List.copyOf(registers);
    measurements = List.copyOf(measurements);
  }

  /**
   * The wire of qubit {@code name[index]}.
   *
   * @throws IllegalArgumentException if there is no such register or the index is out of range
   */
  public int wire(String name, int index) {
    for (Register r : registers) {
      if (r.name().equals(name)) {
        if (index < 0 || index >= r.size()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "index: register %s has qubits 0..%d, got %d", name, r.size() - 1, index));
        }
        return r.firstWire() + index;
      }
    }
    throw new IllegalArgumentException("name: no quantum register named '" + name + "'");
  }
}
