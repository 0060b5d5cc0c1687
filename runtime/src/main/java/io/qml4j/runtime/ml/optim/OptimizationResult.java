package io.qml4j.runtime.ml.optim;

/**
 * The outcome of an optimisation.
 *
 * @param parameters the parameters returned (gradient descent, Adam, SPSA: the last iterate;
 *     derivative-free optimisers: the best point evaluated)
 * @param loss the loss at {@code parameters}
 * @param steps the number of steps taken
 * @param evaluations the number of calls to {@link Objective#value}
 * @param stopReason why it ended
 */
public record OptimizationResult(
    double[] parameters, double loss, int steps, int evaluations, StopReason stopReason) {}
