package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Operation;
import java.util.List;

/**
 * A routed gate list on physical qubits, with the layouts before and after it.
 *
 * @param operations single-qubit unitaries, CNOTs and inserted SWAPs on physical qubits
 * @param initialLayout {@code initialLayout[logical]} is the physical qubit it starts on
 * @param finalLayout {@code finalLayout[logical]} is the physical qubit it ends on
 * @param swaps the number of SWAPs inserted
 */
record Routed(List<Operation> operations, int[] initialLayout, int[] finalLayout, int swaps) {}
