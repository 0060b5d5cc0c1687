/**
 * Quantum kernels: the {@link io.qml4j.runtime.ml.kernel.StatePreparation} feature-map contract
 * that generated models and runtime circuits implement, the exact fidelity kernel computed from
 * state overlaps ({@link io.qml4j.runtime.ml.kernel.FidelityKernel}), its shot-based
 * compute-uncompute estimate for hardware, circuit inversion, and kernel-target alignment for
 * training parameterised feature maps.
 */
package io.qml4j.runtime.ml.kernel;
