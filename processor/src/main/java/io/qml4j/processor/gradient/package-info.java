/**
 * The gradient phase: plans the derivatives of a simulated (optimised) gate list for the emit
 * phase. {@link io.qml4j.processor.gradient.GradientPlan} numbers every angle that is not a
 * constant (one slot per angle of each gate occurrence, the unit that adjoint differentiation
 * reads and parameter shift shifts), names its shift rule, and differentiates its expression
 * symbolically with respect to every {@code theta[k]} and {@code x[j]} it reads, so the chain rule
 * through merged rotations and expressions such as {@code Math.sin(x[0]) * theta[1]} is written
 * out at compile time; {@link io.qml4j.processor.gradient.GateInverse} gives the inverse of every
 * gate as a gate, for the backward sweep.
 */
package io.qml4j.processor.gradient;
