package io.qml4j.runtime.gradient;

import java.util.Arrays;

/**
 * The expectations of several observables and their derivatives: row i belongs to observable i.
 * Arrays are copied in and out.
 *
 * @param values {@code <H_i>} for every observable i
 * @param theta {@code d <H_i> / d theta[k]} at {@code [i][k]}
 * @param x {@code d <H_i> / d x[j]} at {@code [i][j]}
 */
public record Jacobian(double[] values, double[][] theta, double[][] x) {
  /** Copies the arrays. */
  public Jacobian {
    values = values.clone();
    theta = deepCopy(theta);
    x = deepCopy(x);
  }

  /** The expectations, a copy. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The Jacobian with respect to theta, a copy. */
  @Override
  public double[][] theta() {
    return deepCopy(theta);
  }

  /** The Jacobian with respect to x, a copy. */
  @Override
  public double[][] x() {
    return deepCopy(x);
  }

  /** Row i as a {@link Gradient}. */
  public Gradient row(int i) {
    return new Gradient(values[i], theta[i], x[i]);
  }

  /**
   * {@code v^T J}: the gradient of {@code sum_i v_i <H_i>}, what a caller back-propagating a
   * classical loss through the circuit needs.
   */
  public Gradient vectorProduct(double[] cotangent) {
    Arguments.checkCotangent(cotangent, values.length);
    double value = 0;
    double[] dTheta = new double[theta[0].length];
    double[] dX = new double[x[0].length];
    for (int i = 0; i < values.length; i++) {
      value += cotangent[i] * values[i];
      for (int k = 0; k < dTheta.length; k++) {
        dTheta[k] += cotangent[i] * theta[i][k];
      }
      for (int j = 0; j < dX.length; j++) {
        dX[j] += cotangent[i] * x[i][j];
      }
    }
    return new Gradient(value, dTheta, dX);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Jacobian && Arrays.equals(((Jacobian) o).values, values)
        && Arrays.deepEquals(((Jacobian) o).theta, theta) && Arrays.deepEquals(((Jacobian) o).x, x);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) + 31 * Arrays.deepHashCode(theta) + 961 * Arrays.deepHashCode(x);
  }

  @Override
  public String toString() {
    return "Jacobian(values=" + Arrays.toString(values) + ", theta=" + Arrays.deepToString(theta)
        + ", x=" + Arrays.deepToString(x) + ")";
  }
}
