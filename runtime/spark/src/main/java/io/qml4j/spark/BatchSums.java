package io.qml4j.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-partition sums of one mini-batch's losses and gradients, merged by Spark's
 * {@code treeAggregate} and added up on the driver in partition order. Spark combines task results
 * in the order they finish; keeping each partition's sum apart until the end fixes the order of
 * the final additions, so a run gives the same bits every time for the same partitioning.
 */
final class BatchSums implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One partition's share of a batch, summed in batch order. */
  record Partial(double loss, double[] gradient, int examples) implements Serializable { }

  private final TreeMap<Integer, Partial> partials = new TreeMap<>();

  BatchSums add(int partition, Partial partial) {
    partials.put(partition, partial);
    return this;
  }

  BatchSums merge(BatchSums other) {
    partials.putAll(other.partials);
    return this;
  }

  /** Examples summed over all partitions. */
  int examples() {
    int n = 0;
    for (Partial p : partials.values()) {
      n += p.examples();
    }
    return n;
  }

  /** The total loss, adding the partitions' sums in partition order, and the gradient into g. */
  double total(double[] gradient) {
    double loss = 0;
    for (Map.Entry<Integer, Partial> e : partials.entrySet()) {
      Partial p = e.getValue();
      loss += p.loss();
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] += p.gradient()[i];
      }
    }
    return loss;
  }
}
