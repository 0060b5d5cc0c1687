package io.qml4j.runtime.gradient;

import java.util.Arrays;

/**
 * An expectation value with its gradient with respect to the trainable parameters and the inputs.
 * Arrays are copied in and out.
 *
 * @param value the expectation (for a vector-Jacobian product: {@code sum_i v_i <H_i>})
 * @param theta {@code d value / d theta[k]} for every k
 * @param x {@code d value / d x[j]} for every j (empty for a circuit without inputs)
 */
public record Gradient(double value, double[] theta, double[] x) {
  /** Copies the arrays. */
  public Gradient {
    theta = theta.clone();
    x = x.clone();
  }

  /** {@code d value / d theta}, a copy. */
  @Override
  public double[] theta() {
    return theta.clone();
  }

  /** {@code d value / d x}, a copy. */
  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gradient && Double.compare(((Gradient) o).value, value) == 0
        && Arrays.equals(((Gradient) o).theta, theta) && Arrays.equals(((Gradient) o).x, x);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(value) + Arrays.hashCode(theta)) + Arrays.hashCode(x);
  }

  @Override
  public String toString() {
    return "Gradient(value=" + value + ", theta=" + Arrays.toString(theta) + ", x="
        + Arrays.toString(x) + ")";
  }
}
