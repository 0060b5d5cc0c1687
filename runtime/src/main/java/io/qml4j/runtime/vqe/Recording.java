package io.qml4j.runtime.vqe;

import io.qml4j.runtime.ml.optim.Objective;
import java.util.Arrays;

/** An objective that remembers every value it returned, in order: the training curve. */
final class Recording implements Objective {
  private final Objective inner;
  private double[] values = new double[64];
  private int count;

  Recording(Objective inner) {
    this.inner = inner;
  }

  @Override
  public synchronized double value(double[] x) {
    double v = inner.value(x);
    if (count == values.length) {
      values = Arrays.copyOf(values, 2 * count);
    }
    values[count++] = v;
    return v;
  }

  @Override
  public boolean hasGradient() {
    return inner.hasGradient();
  }

  @Override
  public double[] gradient(double[] x) {
    return inner.gradient(x);
  }

  synchronized int count() {
    return count;
  }

  synchronized double[] history() {
    return Arrays.copyOf(values, count);
  }
}
