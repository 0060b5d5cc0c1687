/**
 * Analytic gradients of expectation values for circuits built at run time, and the derivative
 * kernels that generated models reuse. A {@link io.qml4j.runtime.gradient.ParametrizedCircuit}
 * (built by {@link io.qml4j.runtime.gradient.ParametrizedBuilder}) is a circuit whose angles are
 * {@link io.qml4j.runtime.gradient.Param} expressions of trainable parameters {@code theta} and
 * inputs {@code x}. {@link io.qml4j.runtime.gradient.Adjoint} differentiates it with one forward and
 * one backward sweep (Jones and Gacon 2020, arXiv:2009.02823), the simulator's fast path;
 * {@link io.qml4j.runtime.gradient.ParameterShift} uses only expectations of shifted circuits (the
 * two-term rule, and the four-term rule of Anselmetti et al. 2021 for controlled rotations and
 * excitations), exactly or from seeded shots, as a hardware backend would. Both apply the chain rule
 * through the angle expressions, so gradients exist with respect to {@code theta} and {@code x}.
 * {@link io.qml4j.runtime.gradient.GateDerivatives}, {@link io.qml4j.runtime.gradient.GateInverses},
 * {@link io.qml4j.runtime.gradient.Overlaps} and {@link io.qml4j.runtime.gradient.ShiftRules} are
 * the stride-based building blocks shared with generated code. No finite differences are used.
 */
package io.qml4j.runtime.gradient;
