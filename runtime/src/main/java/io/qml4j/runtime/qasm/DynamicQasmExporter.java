package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.noise.Instruction;
import io.qml4j.runtime.noise.NoisyCircuit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a dynamic {@link NoisyCircuit} (gates, mid-circuit measurements, resets, classically
 * controlled gates) as OpenQASM 3.0: one qubit register {@code q}, one bit register {@code c}
 * where bit k is {@code c[k]}, measurements as {@code c[k] = measure q[w];}, resets as
 * {@code reset q[w];} and a controlled gate, measurement or reset as
 * {@code if (c[k] == 1) { ... }} for one bit or
 * {@code if (c[a:b] == v) { ... }} for a range (read as an integer with {@code c[a]} least
 * significant, as {@link Instruction.Conditional} defines). Gates are written as
 * {@link QasmExporter#toQasm3} writes them. Noise channels have no OpenQASM form and are refused.
 */
public final class DynamicQasmExporter {
  /** Name of the one classical register written. */
  public static final String BITS = "c";

  private DynamicQasmExporter() {}

  /**
   * The circuit as an OpenQASM 3.0 program.
   *
   * @throws IllegalArgumentException if the circuit holds a noise channel, naming it
   */
  public static String toQasm3(NoisyCircuit circuit) {
    Objects.requireNonNull(circuit, "circuit");
    StringBuilder out = new StringBuilder();
    out.append("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
    out.append("qubit[").append(circuit.qubits()).append("] ").append(QasmExporter.REGISTER)
        .append(";\n");
    if (circuit.bits() > 0) {
      out.append("bit[").append(circuit.bits()).append("] ").append(BITS).append(";\n");
    }
    int n = circuit.qubits();
    for (Instruction in : circuit.instructions()) {
      if (in instanceof Instruction.Conditional) {
        Instruction.Conditional c = (Instruction.Conditional) in;
        String bits = c.width() == 1 ? BITS + "[" + c.firstBit() + "]"
            : BITS + "[" + c.firstBit() + ":" + (c.firstBit() + c.width() - 1) + "]";
        out.append("if (").append(bits).append(" == ").append(c.value()).append(") {\n");
        for (String line : lines(n, c.body()).split("\n")) {
          out.append("  ").append(line).append('\n');
        }
        out.append("}\n");
      } else {
        out.append(lines(n, in));
      }
    }
    return out.toString();
  }

  /** The OpenQASM 3 lines of a gate, measurement or reset. */
  private static String lines(int n, Instruction in) {
    if (in instanceof Instruction.Gate) {
      return gateLines(n, ((Instruction.Gate) in).operation());
    } else if (in instanceof Instruction.Measure) {
      Instruction.Measure m = (Instruction.Measure) in;
      return String.format(Locale.ROOT, "%s[%d] = measure %s[%d];\n", BITS, m.bit(),
          QasmExporter.REGISTER, m.wire());
    } else if (in instanceof Instruction.Reset) {
      return "reset " + QasmExporter.REGISTER + "[" + ((Instruction.Reset) in).wire() + "];\n";
    }
    throw new IllegalArgumentException("circuit: " + in + " is a noise channel, which "
        + "OpenQASM 3 cannot express; export the circuit before adding noise");
  }

  /** The OpenQASM 3 lines of one gate: QasmExporter's program for it without its header. */
  private static String gateLines(int qubits, Operation op) {
    String program = QasmExporter.toQasm3(new Circuit(qubits, List.of(op)));
    String header = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[" + qubits + "] "
        + QasmExporter.REGISTER + ";\n";
    if (!program.startsWith(header)) {
      throw new IllegalStateException("QasmExporter's header changed: " + program);
    }
    return program.substring(header.length());
  }
}
