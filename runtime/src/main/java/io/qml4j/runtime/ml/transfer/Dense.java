package io.qml4j.runtime.ml.transfer;

import java.util.SplittableRandom;

/**
 * A fully connected (linear) layer inside a flat parameter vector: {@code y = W x + b} with
 * {@code W} of {@code outputs x inputs} stored row by row at {@code weights} and {@code b} at
 * {@code bias}. Static kernels, so that the models keep one parameter array.
 */
final class Dense {
  private Dense() {}

  /** {@code W x + b}. */
  static double[] forward(double[] p, int weights, int bias, int outputs, double[] x) {
    int inputs = x.length;
    double[] y = new double[outputs];
    for (int o = 0; o < outputs; o++) {
      double sum = p[bias + o];
      int row = weights + o * inputs;
      for (int j = 0; j < inputs; j++) {
        sum += p[row + j] * x[j];
      }
      y[o] = sum;
    }
    return y;
  }

  /**
   * Back-propagates {@code dy = dLoss/dy}: adds {@code dy x^T} to the weights' gradient and
   * {@code dy} to the bias's (at the same offsets in {@code gradient}), and returns
   * {@code dLoss/dx = W^T dy}.
   */
  static double[] backward(double[] p, int weights, int bias, double[] x, double[] dy,
      double[] gradient) {
    int inputs = x.length;
    double[] dx = new double[inputs];
    for (int o = 0; o < dy.length; o++) {
      double d = dy[o];
      int row = weights + o * inputs;
      gradient[bias + o] += d;
      for (int j = 0; j < inputs; j++) {
        gradient[row + j] += d * x[j];
        dx[j] += d * p[row + j];
      }
    }
    return dx;
  }

  /**
   * Fills {@code count} entries from {@code offset} uniformly in {@code [-1/sqrt(fanIn),
   * 1/sqrt(fanIn)]}, the default of common deep-learning libraries for a linear layer (weights and
   * bias alike), which keeps the outputs' spread independent of the number of inputs.
   */
  static void initialize(double[] p, int offset, int count, int fanIn, SplittableRandom random) {
    double bound = 1 / Math.sqrt(fanIn);
    for (int i = 0; i < count; i++) {
      p[offset + i] = bound * (2 * random.nextDouble() - 1);
    }
  }
}
