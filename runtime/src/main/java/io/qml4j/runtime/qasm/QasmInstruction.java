package io.qml4j.runtime.qasm;

/**
 * One gate call to write, named as in Qiskit's {@code qelib1.inc}; {@link QasmExporter} renames
 * the few that {@code stdgates.inc} spells differently.
 */
record QasmInstruction(String name, double[] parameters, int[] wires) {
  static QasmInstruction of(String name, int[] wires, double... parameters) {
    return new QasmInstruction(name, parameters, wires);
  }
}
