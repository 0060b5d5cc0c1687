package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Operation;
import io.qml4j.runtime.noise.Instruction;
import io.qml4j.runtime.noise.NoisyCircuit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dynamic OpenQASM program adds to its gates, recorded by {@link QasmParser} while it
 * reads: classical registers laid out on consecutive bits, and measurements, resets and
 * {@code if} conditions placed by the index of the gate they precede or cover. {@link #build}
 * interleaves them with the gates into a {@link NoisyCircuit}.
 */
final class DynamicSteps {
  /** A measurement or reset placed before gate {@code beforeGate}. */
  private record Marker(int beforeGate, Instruction instruction) {}

  /** Gates {@code from .. to - 1} applied only when the register holds the value. */
  private record Condition(int from, int to, int firstBit, int width, int value) {}

  private final Map<String, Integer> firstBit = new HashMap<>();
  private final Map<String, Integer> size = new HashMap<>();
  private int bits;
  private final List<Marker> markers = new ArrayList<>();
  private final List<Condition> conditions = new ArrayList<>();
  /** The register bits and value of an {@code if} around measure or reset being read. */
  private record Guard(int firstBit, int width, int value) {}

  /** The guard of the {@code if} being read, or null. */
  private Guard pending;

  /** Lays a classical register out after the ones declared before it. */
  void declareBits(String register, int registerSize) {
    firstBit.put(register, bits);
    size.put(register, registerSize);
    bits += registerSize;
  }

  /** The size of a classical register, or null if there is none of that name. */
  Integer registerSize(String register) {
    return size.get(register);
  }

  /** Records {@code measure} of a wire into a bit named as {@code "c[3]"}. */
  void measure(int beforeGate, int wire, String bit) {
    int open = bit.indexOf('[');
    int index = Integer.parseInt(bit.substring(open + 1, bit.length() - 1));
    mark(beforeGate,
        new Instruction.Measure(wire, firstBit.get(bit.substring(0, open)) + index));
  }

  /** Records {@code reset} of a wire. */
  void reset(int beforeGate, int wire) {
    mark(beforeGate, new Instruction.Reset(wire));
  }

  /**
   * Puts the measurements and resets recorded until {@link #endCondition} under
   * {@code if (register == value)}.
   */
  void beginCondition(String register, int first, int width, int value) {
    pending = new Guard(firstBit.get(register) + first, width, value);
  }

  /** Ends the condition of {@link #beginCondition}. */
  void endCondition() {
    pending = null;
  }

  private void mark(int beforeGate, Instruction in) {
    markers.add(new Marker(beforeGate, pending == null ? in
        : new Instruction.Conditional(in, pending.firstBit(), pending.width(), pending.value())));
  }

  /**
   * Records that gates {@code from .. to - 1} run only when bits {@code first .. first + width
   * - 1} of the register, read as an integer with the first least significant, equal the value.
   */
  void condition(int from, int to, String register, int first, int width, int value) {
    conditions.add(new Condition(from, to, firstBit.get(register) + first, width, value));
  }

  /** The gates with the recorded steps between them. */
  NoisyCircuit build(int qubits, List<Operation> gates) {
    List<Instruction> out = new ArrayList<>();
    int marker = 0, condition = 0;
    for (int g = 0; g <= gates.size(); g++) {
      while (marker < markers.size() && markers.get(marker).beforeGate() == g) {
        out.add(markers.get(marker++).instruction());
      }
      if (g == gates.size()) {
        break;
      }
      while (condition < conditions.size() && conditions.get(condition).to() <= g) {
        condition++;
      }
      Condition c = condition < conditions.size() && conditions.get(condition).from() <= g
          ? conditions.get(condition) : null;
      out.add(c == null ? new Instruction.Gate(gates.get(g))
          : new Instruction.Conditional(gates.get(g), c.firstBit(), c.width(), c.value()));
    }
    return new NoisyCircuit(qubits, bits, out, null);
  }
}
