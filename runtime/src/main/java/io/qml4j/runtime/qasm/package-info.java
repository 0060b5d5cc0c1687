/**
 * OpenQASM interchange: {@link io.qml4j.runtime.qasm.QasmImporter} reads OpenQASM 2.0 programs
 * (and the gate-level OpenQASM 3 subset qml4j writes) into {@link io.qml4j.runtime.Circuit}s,
 * reporting every error as a {@link io.qml4j.runtime.qasm.QasmException} with its line and column;
 * {@link io.qml4j.runtime.qasm.QasmExporter} writes circuits as OpenQASM 2.0 or 3.0, decomposing
 * the gates the target libraries lack. {@code q[i]} of the first register is wire {@code i};
 * because qml4j makes wire 0 the most significant bit of a basis index and Qiskit makes
 * {@code q[0]} the least significant, basis indices and bitstrings read in reverse between the two
 * (see {@link io.qml4j.runtime.qasm.QasmImporter}).
 */
package io.qml4j.runtime.qasm;
