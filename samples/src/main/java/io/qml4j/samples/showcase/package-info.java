/**
 * The showcase behind the README's main job: every algorithm of qml4j run on the embedded CPU
 * simulator (a QSVM on the ad hoc dataset, a variational classifier on two moons, VQE for H2 along
 * its dissociation curve, QAOA MaxCut on a 3-regular graph, VQE on a model the annotation
 * processor compiled), each a {@link
 * io.qml4j.samples.showcase.ShowcaseTask} that is also a picocli command with its own options.
 * Each task returns a {@link io.qml4j.samples.showcase.TaskResult} (its figure against a
 * published reference) for the {@link io.qml4j.samples.showcase.ResultsTable}, reports long steps
 * through {@link io.qml4j.samples.showcase.Progress} and writes PNG plots with XChart through
 * {@link io.qml4j.samples.showcase.Charts}.
 */
package io.qml4j.samples.showcase;
