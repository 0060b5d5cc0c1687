/**
 * The transpiler: compiles a {@link io.qml4j.runtime.Circuit} for a device's
 * {@link io.qml4j.runtime.transpile.CouplingMap} and
 * {@link io.qml4j.runtime.transpile.NativeGateSet} by translation to CNOTs and single-qubit
 * unitaries, SABRE layout and routing (or a naive shortest-path router for comparison), native
 * two-qubit gates, and merging of single-qubit runs. {@link io.qml4j.runtime.transpile.Transpiler}
 * is the entry point; its {@link io.qml4j.runtime.transpile.TranspileResult} carries the layouts
 * and the resource counts before and after.
 */
package io.qml4j.runtime.transpile;
