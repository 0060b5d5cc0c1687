package io.qml4j.runtime.ml;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A {@link DifferentiableModel} from functions, such as the static methods of a generated model;
 * checks argument and result shapes so that a mismatch fails here, naming what is wrong.
 */
final class FunctionModel implements DifferentiableModel {
  private final int params;
  private final int inputs;
  private final int outputs;
  private final BiFunction<double[], double[], double[]> expectations;
  private final BiFunction<double[], double[], double[][]> jacobian;
  private final BiFunction<double[], double[], double[][]> inputJacobian;

  FunctionModel(int params, int inputs, int outputs,
      BiFunction<double[], double[], double[]> expectations,
      BiFunction<double[], double[], double[][]> jacobian,
      BiFunction<double[], double[], double[][]> inputJacobian) {
    if (params < 0 || inputs < 0 || outputs < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "params, inputs, outputs: expected >= 0, >= 0, >= 1, got %d, %d, %d",
          params, inputs, outputs));
    }
    this.params = params;
    this.inputs = inputs;
    this.outputs = outputs;
    this.expectations = java.util.Objects.requireNonNull(expectations, "expectations");
    this.jacobian = java.util.Objects.requireNonNull(jacobian, "jacobian");
    this.inputJacobian = inputJacobian;
  }

  @Override
  public int params() {
    return params;
  }

  @Override
  public int inputs() {
    return inputs;
  }

  @Override
  public int outputs() {
    return outputs;
  }

  @Override
  public double[] expectations(double[] x, double[] theta) {
    checkArguments(x, theta);
    double[] e = expectations.apply(x, theta);
    if (e.length != outputs) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "expectations: the function returned %d values, the model declares %d outputs",
          e.length, outputs));
    }
    return e;
  }

  @Override
  public double[][] jacobian(double[] x, double[] theta) {
    checkArguments(x, theta);
    return checkShape("jacobian", jacobian.apply(x, theta), params);
  }

  @Override
  public boolean hasInputJacobian() {
    return inputJacobian != null;
  }

  @Override
  public double[][] inputJacobian(double[] x, double[] theta) {
    if (inputJacobian == null) {
      return DifferentiableModel.super.inputJacobian(x, theta);
    }
    checkArguments(x, theta);
    return checkShape("inputJacobian", inputJacobian.apply(x, theta), inputs);
  }

  private void checkArguments(double[] x, double[] theta) {
    if (x.length != inputs) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d features, got %d", inputs, x.length));
    }
    if (theta.length != params) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected %d parameters, got %d", params, theta.length));
    }
  }

  private double[][] checkShape(String name, double[][] m, int columns) {
    if (m.length != outputs || (m.length > 0 && m[0].length != columns)) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s: the function returned %d x %d, the model declares %d x %d", name, m.length,
          m.length > 0 ? m[0].length : 0, outputs, columns));
    }
    return m;
  }
}
