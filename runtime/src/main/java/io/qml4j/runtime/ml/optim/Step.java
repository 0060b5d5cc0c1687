package io.qml4j.runtime.ml.optim;

/**
 * One step of an optimiser, as reported to a {@link StepCallback}.
 *
 * @param index the step number, from 0
 * @param loss the loss at {@code parameters} (SPSA: the mean of its two perturbed evaluations;
 *     derivative-free optimisers: the value of the evaluation this step made)
 * @param gradientNorm the Euclidean norm of the gradient used by the step (SPSA: of its estimate);
 *     NaN for derivative-free optimisers, which have none
 * @param parameters a copy of the parameters the loss was evaluated at
 */
public record Step(int index, double loss, double gradientNorm, double[] parameters) {}
