package io.qml4j.runtime.ml.optim;

import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Stochastic training with mini-batches: each step evaluates the loss and gradient on the next
 * batch of a seeded random permutation of the examples (a fresh permutation every epoch, the last
 * batch of an epoch possibly smaller) and hands the gradient to a {@link GradientOptimizer}'s update
 * rule. The step budget, callback (loss and gradient norm of the batch), early stopping (on batch
 * losses) and seed come from the optimiser's {@link OptimizerOptions}.
 */
public final class MiniBatchTraining {
  private MiniBatchTraining() {}

  /** The loss of a batch of examples and its gradient. */
  @FunctionalInterface
  public interface BatchObjective {
    /**
     * The mean loss over the examples at {@code batch}, writing its gradient with respect to the
     * parameters into {@code gradient} (zeroed by the caller).
     */
    double evaluate(double[] parameters, int[] batch, double[] gradient);
  }

  /**
   * Minimises the mean loss over {@code examples} examples from {@code start}. The result's loss is
   * the mean loss over all examples at the returned (last) parameters.
   *
   * @throws IllegalArgumentException if examples or batchSize is below 1, or the loss is NaN
   */
  public static OptimizationResult minimize(GradientOptimizer optimizer, BatchObjective objective,
      int examples, int batchSize, double[] start) {
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(objective, "objective");
    if (examples < 1) {
      throw new IllegalArgumentException("examples: expected at least 1, got " + examples);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize: expected at least 1, got " + batchSize);
    }
    double[] x = Progress.checkStart(start);
    OptimizerOptions options = optimizer.options();
    GradientOptimizer.Updater updater = optimizer.updater(x.length);
    Progress progress = new Progress(options);
    SplittableRandom random = new SplittableRandom(options.seed());
    int[] order = permutation(examples, random);
    int position = 0;
    StopReason reason = StopReason.MAX_STEPS;
    int steps = 0;
    while (steps < options.maxSteps()) {
      if (position >= examples) {
        order = permutation(examples, random);
        position = 0;
      }
      int size = Math.min(batchSize, examples - position);
      int[] batch = new int[size];
      System.arraycopy(order, position, batch, 0, size);
      position += size;
      double[] gradient = new double[x.length];
      double loss = evaluate(objective, x, batch, gradient, progress);
      double norm = Progress.norm(gradient);
      steps++;
      if (progress.step(steps - 1, loss, norm, x)) {
        reason = StopReason.EARLY_STOPPING;
        break;
      }
      if (norm <= options.gradientTolerance()) {
        reason = StopReason.GRADIENT_TOLERANCE;
        break;
      }
      updater.update(x, gradient);
    }
    int[] all = new int[examples];
    for (int i = 0; i < examples; i++) {
      all[i] = i;
    }
    double loss = evaluate(objective, x, all, new double[x.length], progress);
    return new OptimizationResult(x, loss, steps, progress.evaluations, reason);
  }

  private static double evaluate(BatchObjective objective, double[] x, int[] batch,
      double[] gradient, Progress progress) {
    progress.evaluations++;
    double loss = objective.evaluate(x.clone(), batch, gradient);
    if (Double.isNaN(loss)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "objective: returned NaN at evaluation %d", progress.evaluations));
    }
    for (int i = 0; i < gradient.length; i++) {
      if (Double.isNaN(gradient[i])) {
        throw new IllegalArgumentException("objective: gradient entry " + i + " is NaN");
      }
    }
    return loss;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
