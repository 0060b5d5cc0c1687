package io.qml4j.runtime.ml.variational;

import io.qml4j.runtime.ml.DifferentiableModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A trainable classical scaling of the inputs in front of a model: {@code f(x; theta, w) =
 * g(w * x; theta)} with one weight per feature (elementwise product), so training can choose the
 * frequency at which each feature is encoded. The parameters are the inner model's followed by
 * the {@code inputs()} weights, which start at 1. Needs a model with an input Jacobian, for the
 * chain rule {@code df/dw_j = x_j dg/dx'_j}.
 */
public final class InputScaledModel implements DifferentiableModel {
  private final DifferentiableModel inner;

  /**
   * Scales the inputs of {@code inner}.
   *
   * @throws IllegalArgumentException if inner has no input Jacobian
   */
  public InputScaledModel(DifferentiableModel inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
    if (!inner.hasInputJacobian()) {
      throw new IllegalArgumentException(
          "inner: trainable input scaling needs a model that differentiates by its inputs");
    }
  }

  @Override
  public int params() {
    return inner.params() + inner.inputs();
  }

  @Override
  public int inputs() {
    return inner.inputs();
  }

  @Override
  public int outputs() {
    return inner.outputs();
  }

  @Override
  public double[] expectations(double[] x, double[] theta) {
    check(x, theta);
    return inner.expectations(scaled(x, theta), innerTheta(theta));
  }

  @Override
  public double[][] jacobian(double[] x, double[] theta) {
    check(x, theta);
    double[] xs = scaled(x, theta);
    double[] t = innerTheta(theta);
    double[][] dTheta = inner.jacobian(xs, t);
    double[][] dInput = inner.inputJacobian(xs, t);
    int p = inner.params();
    double[][] out = new double[outputs()][params()];
    for (int o = 0; o < out.length; o++) {
      System.arraycopy(dTheta[o], 0, out[o], 0, p);
      for (int j = 0; j < x.length; j++) {
        out[o][p + j] = dInput[o][j] * x[j];
      }
    }
    return out;
  }

  @Override
  public boolean hasInputJacobian() {
    return true;
  }

  @Override
  public double[][] inputJacobian(double[] x, double[] theta) {
    check(x, theta);
    double[][] dInput = inner.inputJacobian(scaled(x, theta), innerTheta(theta));
    int p = inner.params();
    for (double[] row : dInput) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= theta[p + j];
      }
    }
    return dInput;
  }

  /** The inner model's initial parameters followed by unit weights. */
  @Override
  public double[] initialParameters(long seed) {
    double[] theta = Arrays.copyOf(inner.initialParameters(seed), params());
    Arrays.fill(theta, inner.params(), theta.length, 1.0);
    return theta;
  }

  private double[] scaled(double[] x, double[] theta) {
    double[] xs = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      xs[j] = theta[inner.params() + j] * x[j];
    }
    return xs;
  }

  private double[] innerTheta(double[] theta) {
    return Arrays.copyOf(theta, inner.params());
  }

  private void check(double[] x, double[] theta) {
    if (theta.length != params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected %d (model %d + input weights %d), got %d",
          params(), inner.params(), inputs(), theta.length));
    }
    if (x.length != inputs()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d features, got %d", inputs(), x.length));
    }
  }
}
