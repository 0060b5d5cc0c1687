package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.StepCallback;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A training run of a {@link DressedQuantumCircuit} with its held-out accuracy recorded along
 * the way: what a transfer is judged by, such as how many steps fine-tuning a transferred model
 * takes to reach an accuracy that training from scratch reaches later or never.
 *
 * @param model the trained model
 * @param steps the optimiser steps taken at each checkpoint, ascending, from 0 to the last step
 * @param accuracies the held-out accuracy at each checkpoint
 */
public record LearningCurve(DressedQuantumCircuit model, int[] steps, double[] accuracies) {
  /** Checks the lengths and copies the arrays. */
  public LearningCurve {
    Objects.requireNonNull(model, "model");
    if (steps.length != accuracies.length || steps.length == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "steps, accuracies: expected the same non-zero length, got %d and %d", steps.length,
          accuracies.length));
    }
    steps = steps.clone();
    accuracies = accuracies.clone();
  }

  /**
   * Trains {@code start} on {@code train} as {@link DressedQuantumCircuit#train} does, scoring
   * the model on {@code test} before the first step, after every {@code every} steps, and at the
   * end.
   *
   * @param optimizer builds the optimiser around the callback that records the checkpoints, such
   *     as {@code callback -> new Adam(0.05, options.withCallback(callback))}
   * @throws IllegalArgumentException as {@link DressedQuantumCircuit#train}, for an empty test set
   *     or one of another width, or {@code every} below 1
   */
  public static LearningCurve train(DressedQuantumCircuit start, Dataset train, Dataset test,
      Function<StepCallback, GradientOptimizer> optimizer, int batchSize, FrozenLayers frozen,
      int every) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(optimizer, "optimizer");
    if (every < 1) {
      throw new IllegalArgumentException("every: expected at least 1 step, got " + every);
    }
    start.accuracy(test); // checks the test set before any training
    List<Integer> steps = new ArrayList<>();
    List<Double> accuracies = new ArrayList<>();
    StepCallback record = step -> {
      if (step.index() % every == 0) {
        steps.add(step.index());
        accuracies.add(start.withTrainable(step.parameters(), frozen).accuracy(test));
      }
    };
    DressedQuantumCircuit trained = start.train(train, optimizer.apply(record), batchSize, frozen);
    int last = trained.result().orElseThrow().steps();
    if (steps.isEmpty() || steps.get(steps.size() - 1) != last) {
      steps.add(last);
      accuracies.add(trained.accuracy(test));
    }
    return new LearningCurve(trained, steps.stream().mapToInt(Integer::intValue).toArray(),
        accuracies.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** A copy of the checkpoint steps. */
  @Override
  public int[] steps() {
    return steps.clone();
  }

  /** A copy of the accuracies at the checkpoints. */
  @Override
  public double[] accuracies() {
    return accuracies.clone();
  }

  /** The accuracy at the last checkpoint, after training. */
  public double finalAccuracy() {
    return accuracies[accuracies.length - 1];
  }

  /** The first checkpoint step at which the accuracy is at least {@code target}; -1 if none. */
  public int firstStepReaching(double target) {
    for (int i = 0; i < steps.length; i++) {
      if (accuracies[i] >= target) {
        return steps[i];
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LearningCurve that && model == that.model
        && Arrays.equals(steps, that.steps) && Arrays.equals(accuracies, that.accuracies);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(steps) + Arrays.hashCode(accuracies);
  }

  @Override
  public String toString() {
    return "LearningCurve(steps=" + Arrays.toString(steps) + ", accuracies="
        + Arrays.toString(accuracies) + ")";
  }
}
