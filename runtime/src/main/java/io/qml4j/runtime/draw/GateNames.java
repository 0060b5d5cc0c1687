package io.qml4j.runtime.draw;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.util.Locale;

/**
 * The short lower-case name of an operation's gate, as OpenQASM and Qiskit's resource counts
 * write it: {@code cx}, {@code rxx}, {@code ecr}, {@code rz}, ...
 */
public final class GateNames {
  private GateNames() {}

  /**
   * The operation's gate name.
   *
   * @param op the operation
   * @return its name: the OpenQASM name where there is one, else the gate table's
   */
  public static String of(Operation op) {
    switch (op.gate()) {
      case CNOT: return "cx";
      case ISING_XX: return "rxx";
      case ISING_YY: return "ryy";
      case ISING_ZZ: return "rzz";
      case PHASE_SHIFT: return "p";
      case CONTROLLED_PHASE: return "cp";
      case TOFFOLI: return "ccx";
      case ECR: return "ecr";
      case UNITARY: return NativeGateSet.isEcr(op) ? "ecr" : "unitary";
      default: return op.gate().methodName().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the gate acts on two or more wires. */
  static boolean isMultiQubit(Operation op) {
    return op.arity() >= 2 && op.gate() != Gate.I;
  }
}
