package io.qml4j.runtime.ml.data;

import java.util.SplittableRandom;

/**
 * Two interleaving half circles in the plane, as scikit-learn's {@code make_moons}: class 0 on
 * the upper arc {@code (cos t, sin t)}, class 1 on the lower arc {@code (1 - cos t, 1/2 - sin t)},
 * {@code t} evenly spaced in [0, pi], plus Gaussian noise; examples in shuffled order.
 */
public final class TwoMoons {
  private TwoMoons() {}

  /**
   * {@code samples} examples ({@code samples / 2} in class 1, the rest in class 0).
   *
   * @param samples at least 2
   * @param noise standard deviation of the Gaussian noise added to each coordinate, at least 0
   */
  public static Dataset generate(int samples, double noise, long seed) {
    Generators.checkSamples(samples);
    Generators.checkNoise(noise);
    int inner = samples / 2;
    int outer = samples - inner;
    double[][] x = new double[samples][];
    int[] y = new int[samples];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < outer; i++) {
      double t = outer == 1 ? 0 : Math.PI * i / (outer - 1);
      x[i] = new double[] {Math.cos(t), Math.sin(t)};
    }
    for (int i = 0; i < inner; i++) {
      double t = inner == 1 ? 0 : Math.PI * i / (inner - 1);
      x[outer + i] = new double[] {1 - Math.cos(t), 0.5 - Math.sin(t)};
      y[outer + i] = 1;
    }
    return Generators.noisyShuffled(x, y, noise, random);
  }
}
