/**
 * Generative quantum models that learn a probability distribution over bitstrings: the quantum
 * circuit Born machine ({@link io.qml4j.runtime.ml.generative.BornMachine}, Liu and Wang 2018,
 * trained by the maximum mean discrepancy of {@link io.qml4j.runtime.ml.generative.MmdLoss}) and
 * the quantum generative adversarial network ({@link io.qml4j.runtime.ml.generative.Qgan}, Zoufal,
 * Lucchi and Woerner 2019: a quantum generator against a small classical
 * {@link io.qml4j.runtime.ml.generative.Discriminator}). Both train on exact output probabilities
 * from the state vector, back-propagated through the circuit by
 * {@link io.qml4j.runtime.gradient.Adjoint#diagonalGradient}, and sample from the trained circuit
 * with seeded shots. {@link io.qml4j.runtime.ml.generative.Distributions} and
 * {@link io.qml4j.runtime.ml.generative.BarsAndStripes} build the target distributions and
 * measure the divergences reported. A distribution is a {@code double[]} of {@code 2^n}
 * probabilities indexed by basis state, wire 0 the most significant bit.
 */
package io.qml4j.runtime.ml.generative;
