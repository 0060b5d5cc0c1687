package io.qml4j.runtime.ml.generative;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The classical discriminator of a {@link Qgan}: a small fully connected network, leaky-ReLU hidden
 * layers and one sigmoid output {@code D(x)}, the probability that x comes from the data, as in
 * Zoufal, Lucchi and Woerner (2019, section IV: layers of 50 and 20 nodes). Its weights are a flat
 * array held by the caller, layer by layer, each layer's weights row by row and then its biases,
 * so that any {@link io.qml4j.runtime.ml.optim.GradientOptimizer} updates them. Immutable: the
 * architecture only.
 */
public final class Discriminator {
  /** Slope of the leaky ReLU for negative inputs, the usual choice for GAN discriminators. */
  public static final double LEAKY_SLOPE = 0.2;

  /** Smallest {@code D} or {@code 1 - D} inside a logarithm, so a saturated output stays finite. */
  static final double LOG_FLOOR = 1e-12;

  private final int[] sizes;
  private final int parameterCount;

  /**
   * A network with {@code inputs} inputs, the given hidden layer widths and one output.
   *
   * @throws IllegalArgumentException if a width is below 1
   */
  public Discriminator(int inputs, int... hidden) {
    if (inputs < 1) {
      throw new IllegalArgumentException("inputs: expected at least 1, got " + inputs);
    }
    sizes = new int[hidden.length + 2];
    sizes[0] = inputs;
    for (int l = 0; l < hidden.length; l++) {
      if (hidden[l] < 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "hidden: layer %d has width %d, expected at least 1", l, hidden[l]));
      }
      sizes[l + 1] = hidden[l];
    }
    sizes[sizes.length - 1] = 1;
    int count = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      count += sizes[l + 1] * (sizes[l] + 1);
    }
    parameterCount = count;
  }

  /** Number of weights and biases. */
  public int parameterCount() {
    return parameterCount;
  }

  /** Number of inputs. */
  public int inputs() {
    return sizes[0];
  }

  /**
   * Seeded weights uniform in {@code +-sqrt(6 / (fan_in + fan_out))} (Glorot and Bengio 2010), so
   * every layer starts with activations of similar scale; biases zero.
   */
  public double[] initialParameters(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] w = new double[parameterCount];
    int offset = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
      for (int i = 0; i < sizes[l + 1] * sizes[l]; i++) {
        w[offset + i] = random.nextDouble(-limit, limit);
      }
      offset += sizes[l + 1] * (sizes[l] + 1);
    }
    return w;
  }

  /**
   * {@code D(x)} in (0, 1).
   *
   * @throws IllegalArgumentException if the weights or the input have the wrong length
   */
  public double output(double[] weights, double[] input) {
    checkWeights(weights);
    checkInput(input, 0);
    double[][] activations = forward(weights, input);
    return activations[sizes.length - 1][0];
  }

  /**
   * The binary cross-entropy {@code L = -sum_i (real_i ln D(x_i) + fake_i ln(1 - D(x_i)))} over
   * weighted inputs, and its gradient with respect to the weights by back-propagation. The
   * discriminator of a GAN minimises it with the data's probabilities as {@code real} and the
   * generator's as {@code fake}.
   *
   * @return the loss at index 0, then the gradient
   * @throws IllegalArgumentException if the lengths disagree
   */
  public double[] lossAndGradient(double[] weights, double[][] inputs, double[] real,
      double[] fake) {
    checkWeights(weights);
    if (inputs == null || real == null || fake == null || real.length != inputs.length
        || fake.length != inputs.length) {
      throw new IllegalArgumentException("inputs, real, fake: expected one weight of each kind "
          + "per input");
    }
    double[] result = new double[1 + parameterCount];
    for (int i = 0; i < inputs.length; i++) {
      checkInput(inputs[i], i);
      double[][] a = forward(weights, inputs[i]);
      double d = a[sizes.length - 1][0];
      result[0] -= real[i] * Math.log(Math.max(d, LOG_FLOOR))
          + fake[i] * Math.log(Math.max(1 - d, LOG_FLOOR));
      // dL/dz of the sigmoid's input z: -real (1 - D) + fake D
      double[] delta = {-real[i] * (1 - d) + fake[i] * d};
      backward(weights, a, delta, result);
    }
    return result;
  }

  /** Activations of every layer, the input first. */
  private double[][] forward(double[] w, double[] input) {
    double[][] a = new double[sizes.length][];
    a[0] = input;
    int offset = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      a[l + 1] = new double[out];
      boolean last = l + 2 == sizes.length;
      for (int j = 0; j < out; j++) {
        double z = w[offset + out * in + j];
        for (int i = 0; i < in; i++) {
          z += w[offset + j * in + i] * a[l][i];
        }
        a[l + 1][j] = last ? 1 / (1 + Math.exp(-z)) : z > 0 ? z : LEAKY_SLOPE * z;
      }
      offset += out * (in + 1);
    }
    return a;
  }

  /** Adds the gradient into {@code result[1..]}, given dL/dz of the output layer. */
  private void backward(double[] w, double[][] a, double[] outputDelta, double[] result) {
    int[] offsets = new int[sizes.length - 1];
    for (int l = 1; l < offsets.length; l++) {
      offsets[l] = offsets[l - 1] + sizes[l] * (sizes[l - 1] + 1);
    }
    double[] delta = outputDelta;
    for (int l = sizes.length - 2; l >= 0; l--) {
      int in = sizes[l];
      int out = sizes[l + 1];
      int offset = offsets[l];
      double[] previous = new double[in];
      for (int j = 0; j < out; j++) {
        result[1 + offset + out * in + j] += delta[j];
        for (int i = 0; i < in; i++) {
          result[1 + offset + j * in + i] += delta[j] * a[l][i];
          previous[i] += delta[j] * w[offset + j * in + i];
        }
      }
      if (l > 0) {
        for (int i = 0; i < in; i++) {
          // the leaky ReLU's slope at its input, read from the sign of its output
          previous[i] *= a[l][i] > 0 ? 1 : LEAKY_SLOPE;
        }
      }
      delta = previous;
    }
  }

  private void checkWeights(double[] weights) {
    if (weights == null || weights.length != parameterCount) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "weights: expected %d, got %s", parameterCount,
          weights == null ? "null" : String.valueOf(weights.length)));
    }
  }

  private void checkInput(double[] input, int row) {
    if (input == null || input.length != sizes[0]) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "inputs: row %d has width %s, expected %d", row,
          input == null ? "null" : String.valueOf(input.length), sizes[0]));
    }
  }
}
