package io.qml4j.runtime.ml.variational;

import java.util.Locale;

/** The training losses, each with its derivative, written to be finite for any finite input. */
public final class Losses {
  private Losses() {}

  /** The logistic function {@code 1 / (1 + e^-z)}. */
  public static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /**
   * Binary cross-entropy of a logit z for a target 0 or 1:
   * {@code -[t log sigmoid(z) + (1 - t) log(1 - sigmoid(z))] = log(1 + e^z) - t z}; its derivative
   * with respect to z is {@code sigmoid(z) - t}.
   */
  public static double sigmoidCrossEntropy(double z, int target) {
    checkTarget(target, 2);
    // log(1 + e^z) without overflow
    double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    return softplus - target * z;
  }

  /**
   * Cross-entropy of softmax probabilities for the target class, {@code -log softmax(z)_t}; writes
   * its gradient {@code softmax(z) - onehot(t)} into {@code gradient} (length of z).
   */
  public static double softmaxCrossEntropy(double[] z, int target, double[] gradient) {
    checkTarget(target, z.length);
    double[] p = softmax(z);
    for (int k = 0; k < z.length; k++) {
      gradient[k] = p[k] - (k == target ? 1 : 0);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum) - z[target];
  }

  /** Softmax probabilities of logits, shifted by the maximum so no exponential overflows. */
  public static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** {@code (prediction - target)^2}; its derivative is {@code 2 (prediction - target)}. */
  public static double squaredError(double prediction, double target) {
    double r = prediction - target;
    return r * r;
  }

  private static void checkTarget(int target, int classes) {
    if (target < 0 || target >= classes) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "target: expected a class index 0..%d, got %d", classes - 1, target));
    }
  }
}
