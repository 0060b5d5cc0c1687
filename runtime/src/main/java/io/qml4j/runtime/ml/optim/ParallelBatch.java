package io.qml4j.runtime.ml.optim;

import java.util.stream.IntStream;

/**
 * Evaluates the examples of a batch on all cores and averages their losses and gradients: the
 * usual {@link MiniBatchTraining.BatchObjective} of a model trained on a per-example loss. The sum
 * is taken in example order after the parallel part, so the result does not depend on the number
 * of threads.
 */
public final class ParallelBatch {
  private ParallelBatch() {}

  /** The loss of one example, writing its gradient into a zeroed array. */
  @FunctionalInterface
  public interface ExampleLoss {
    /**
     * The loss of example {@code example} at {@code parameters}, adding its gradient into
     * {@code gradient} (zeroed, of the parameters' length). Called from several threads at once.
     */
    double evaluate(int example, double[] parameters, double[] gradient);
  }

  /**
   * The mean loss over the examples at {@code batch}, writing the mean gradient into
   * {@code gradient} (zeroed by the caller).
   */
  public static double mean(ExampleLoss loss, double[] parameters, int[] batch,
      double[] gradient) {
    double[] losses = new double[batch.length];
    double[][] gradients = new double[batch.length][];
    IntStream.range(0, batch.length).parallel().forEach(k -> {
      double[] g = new double[parameters.length];
      losses[k] = loss.evaluate(batch[k], parameters, g);
      gradients[k] = g;
    });
    double total = 0;
    for (int k = 0; k < batch.length; k++) {
      total += losses[k];
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] += gradients[k][i];
      }
    }
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] /= batch.length;
    }
    return total / batch.length;
  }
}
