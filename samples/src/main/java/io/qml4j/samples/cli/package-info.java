/**
 * The {@code qml4j} command line, built with picocli: {@link io.qml4j.samples.cli.Qml4jCli} is the
 * main class, and {@code qml4j run FILE.qasm --observable "Z0 Z1" [--shots N --seed S] [--probs]}
 * simulates an OpenQASM 2.0 program and prints an observable's expectation value and, optionally,
 * the basis-state probabilities as JSON, bitstrings written wire 0 ({@code q[0]}) first.
 */
package io.qml4j.samples.cli;
