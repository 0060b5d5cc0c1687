package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Circuit} as OpenQASM 2.0 (gates of Qiskit's {@code qelib1.inc}) or OpenQASM 3.0
 * (gates of {@code stdgates.inc}), on one register {@code q} where wire {@code i} is {@code q[i]}
 * (see {@link QasmImporter} for what that means for bit order). Angles are written with
 * {@link Double#toString(double)}, so reading the text back gives the very same doubles.
 *
 * <p>Gates without a library equivalent are decomposed (IsingXX/YY/ZZ, MultiRZ, PauliRot,
 * SingleExcitation, DoubleExcitation, iSWAP, CRot, Rot, one- and two-wire user unitaries; see
 * {@code Decompositions}). The written circuit prepares the same state up to a global phase:
 * uncontrolled decompositions may drop a phase, controlled ones never do.
 */
public final class QasmExporter {
  /** Name of the one quantum register written. */
  public static final String REGISTER = "q";

  private QasmExporter() {}

  /**
   * The circuit as an OpenQASM 2.0 program.
   *
   * @throws IllegalArgumentException for a user unitary on more than two wires (which
   *     {@link io.qml4j.runtime.CircuitBuilder} never builds)
   */
  public static String toQasm2(Circuit circuit) {
    StringBuilder out = new StringBuilder();
    out.append("OPENQASM 2.0;\ninclude \"qelib1.inc\";\n");
    out.append("qreg ").append(REGISTER).append('[').append(circuit.qubits()).append("];\n");
    for (QasmInstruction instruction : instructions(circuit)) {
      write(instruction.name(), instruction.parameters(), instruction.wires(), out);
    }
    return out.toString();
  }

  /**
   * The circuit as an OpenQASM 3.0 program.
   *
   * @throws IllegalArgumentException for a user unitary on more than two wires (which
   *     {@link io.qml4j.runtime.CircuitBuilder} never builds)
   */
  public static String toQasm3(Circuit circuit) {
    StringBuilder out = new StringBuilder();
    out.append("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
    out.append("qubit[").append(circuit.qubits()).append("] ").append(REGISTER).append(";\n");
    for (QasmInstruction instruction : instructions(circuit)) {
      double[] p = instruction.parameters();
      switch (instruction.name()) {
        case "u1":
          write("p", p, instruction.wires(), out);
          break;
        case "cu1":
          write("cp", p, instruction.wires(), out);
          break;
        case "cu3":
          // stdgates.inc has no cu3; cu's fourth angle is the controlled phase, here none
          write("cu", new double[] {p[0], p[1], p[2], 0}, instruction.wires(), out);
          break;
        default:
          write(instruction.name(), p, instruction.wires(), out);
      }
    }
    return out.toString();
  }

  private static List<QasmInstruction> instructions(Circuit circuit) {
    Objects.requireNonNull(circuit, "circuit");
    List<QasmInstruction> instructions = new ArrayList<>();
    // Operation guarantees finite angles, so every number written is a valid literal.
    for (Operation op : circuit.operations()) {
      Decompositions.append(op, instructions);
    }
    return instructions;
  }

  private static void write(String name, double[] parameters, int[] wires, StringBuilder out) {
    out.append(name);
    if (parameters.length > 0) {
      out.append('(');
      for (int k = 0; k < parameters.length; k++) {
        out.append(k > 0 ? ", " : "").append(Double.toString(parameters[k]));
      }
      out.append(')');
    }
    for (int k = 0; k < wires.length; k++) {
      out.append(k > 0 ? ", " : " ").append(REGISTER).append('[').append(wires[k]).append(']');
    }
    out.append(";\n");
  }
}
