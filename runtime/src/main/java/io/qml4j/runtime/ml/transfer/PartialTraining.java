package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.MiniBatchTraining;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.ParallelBatch;

/**
 * Mini-batch training of some of a model's parameters: the optimiser sees only the trainable
 * ones, so the frozen ones stay exactly as they were, whatever its update rule does.
 */
final class PartialTraining {
  private PartialTraining() {}

  /** The positions of the trainable parameters, ascending. */
  static int[] trainableIndices(boolean[] trainable) {
    int count = 0;
    for (boolean t : trainable) {
      count += t ? 1 : 0;
    }
    int[] indices = new int[count];
    for (int i = 0, k = 0; i < trainable.length; i++) {
      if (trainable[i]) {
        indices[k++] = i;
      }
    }
    return indices;
  }

  /** The values at the trainable positions. */
  static double[] gather(double[] all, int[] indices) {
    double[] out = new double[indices.length];
    for (int k = 0; k < indices.length; k++) {
      out[k] = all[indices[k]];
    }
    return out;
  }

  /** A copy of {@code base} with the trainable positions set to {@code values}. */
  static double[] scatter(double[] base, int[] indices, double[] values) {
    double[] all = base.clone();
    for (int k = 0; k < indices.length; k++) {
      all[indices[k]] = values[k];
    }
    return all;
  }

  /**
   * Minimises the mean loss over {@code examples} examples, moving only the parameters at
   * {@code indices} from {@code start}; {@code loss} sees and differentiates the full vector. The
   * result's parameters are the trainable ones.
   */
  static OptimizationResult minimize(GradientOptimizer optimizer, ParallelBatch.ExampleLoss loss,
      int examples, int batchSize, double[] start, int[] indices) {
    if (indices.length == 0) {
      throw new IllegalArgumentException("frozen: every parameter is frozen, nothing to train");
    }
    return MiniBatchTraining.minimize(optimizer, (free, batch, gradient) -> {
      double[] all = scatter(start, indices, free);
      double[] full = new double[all.length];
      double value = ParallelBatch.mean(loss, all, batch, full);
      for (int k = 0; k < indices.length; k++) {
        gradient[k] = full[indices[k]];
      }
      return value;
    }, examples, batchSize, gather(start, indices));
  }
}
