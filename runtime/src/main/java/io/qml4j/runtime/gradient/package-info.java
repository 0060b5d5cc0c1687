/**
 * Analytic gradients of expectation values for circuits built at run time, and the derivative
 * kernels that generated models reuse; no finite differences anywhere.
 *
 * <p>A {@link io.qml4j.runtime.gradient.ParametrizedCircuit}, recorded by a
 * {@link io.qml4j.runtime.gradient.ParametrizedBuilder}, is a circuit whose angles are
 * {@link io.qml4j.runtime.gradient.Param} expressions of trainable parameters {@code theta} and
 * inputs {@code x}. {@link io.qml4j.runtime.gradient.Adjoint} differentiates it with one forward
 * and one backward sweep (Jones and Gacon 2020), the simulator's fast path;
 * {@link io.qml4j.runtime.gradient.ParameterShift} uses only expectations of shifted circuits
 * (two-term rule, and the four-term rule of Anselmetti et al. 2021 for controlled rotations and
 * excitations), exact or from seeded shots, as a hardware backend would. Both apply the chain rule
 * through the angle expressions, so gradients exist with respect to theta and x, and both give
 * Jacobians for several observables and vector-Jacobian products.
 *
 * <p>For generated code, the stride-based building blocks are
 * {@link io.qml4j.runtime.gradient.GateDerivatives} (generators K with {@code dU/dt = K U}, and
 * derivative matrices and kernels for every angle of every gate),
 * {@link io.qml4j.runtime.gradient.GateInverses} ({@code U^dagger} of every gate),
 * {@link io.qml4j.runtime.gradient.Overlaps} ({@code Re <bra| M |ket>} in one pass) and
 * {@link io.qml4j.runtime.gradient.ShiftRules} (shifts and coefficients). An unrolled backward
 * sweep is, per gate in reverse: {@code dE/dt = 2 Overlaps.real(lambda, phi, strides, K)} for a
 * single-angle gate, then {@code U^dagger} on phi, then (for Rot, U3, CRot) {@code 2 Re <lambda|
 * dU/dt_p |phi>} with the derivative matrix of each angle, then {@code U^dagger} on lambda.
 * {@link io.qml4j.runtime.gradient.AdjointSteps} does all of that for RX, RY and RZ in one pass,
 * for two of them on one wire, and for a CNOT followed by two of them on its target; the order in
 * which both the runtime and generated code group gates into such steps is
 * {@link io.qml4j.dsl.BackwardSchedule}. The passes run on the Vector API where the simulator's
 * kernels do ({@code -Dqml4j.adjoint.simd=false} for the scalar loops), and from 15 qubits runs of
 * steps go block by block ({@code -Dqml4j.adjoint.blockQubits}).
 *
 * <p>From 10 qubits the runtime's {@link io.qml4j.runtime.gradient.Adjoint} sweeps by points
 * instead ({@code PointSweep}, {@code -Dqml4j.adjoint.points=false} for the sweep above): the
 * circuit runs forward and backward as the simulator's plans, segment by segment, keeping
 * {@code psi} at the points where the gates of a layer stop commuting with what follows, and one
 * traversal of {@code lambda} and {@code psi} per point ({@code WireOverlaps}) reads the
 * derivative of every single-qubit gate of the layer. Generated models of 10 qubits and more
 * take that sweep too, through {@link io.qml4j.runtime.gradient.SlotAdjoint}; smaller ones keep
 * the unrolled sweep.
 */
package io.qml4j.runtime.gradient;
