/**
 * Error mitigation, as in Mitiq: zero-noise extrapolation
 * ({@link io.qml4j.runtime.noise.mitigation.ZeroNoiseExtrapolation}) by unitary folding, global or
 * per gate ({@link io.qml4j.runtime.noise.mitigation.Folding}), with linear, Richardson and
 * exponential fits ({@link io.qml4j.runtime.noise.mitigation.Extrapolator}); readout mitigation by
 * tensored confusion-matrix inversion
 * ({@link io.qml4j.runtime.noise.mitigation.ReadoutMitigation}); and the noisy H2 VQE that shows
 * both ({@link io.qml4j.runtime.noise.mitigation.NoisyH2Vqe}).
 */
package io.qml4j.runtime.noise.mitigation;
