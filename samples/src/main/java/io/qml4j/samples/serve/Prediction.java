package io.qml4j.samples.serve;

/**
 * One row's answer: the most probable class label and the probability of every class, in the
 * order of {@link ServedModel#classes()}.
 *
 * @param label the most probable class (the first of equally probable ones)
 * @param probabilities one probability per class, summing to 1
 */
public record Prediction(int label, double[] probabilities) {}
