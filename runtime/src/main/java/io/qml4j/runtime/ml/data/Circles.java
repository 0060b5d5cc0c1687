package io.qml4j.runtime.ml.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Two concentric circles in the plane, as scikit-learn's {@code make_circles}: class 0 on the unit
 * circle, class 1 on a circle of radius {@code factor}, angles evenly spaced, plus Gaussian noise;
 * examples in shuffled order.
 */
public final class Circles {
  private Circles() {}

  /**
   * {@code samples} examples ({@code samples / 2} in class 1, the rest in class 0).
   *
   * @param samples at least 2
   * @param noise standard deviation of the Gaussian noise added to each coordinate, at least 0
   * @param factor radius of the inner circle, in (0, 1)
   */
  public static Dataset generate(int samples, double noise, double factor, long seed) {
    Generators.checkSamples(samples);
    Generators.checkNoise(noise);
    if (!(factor > 0 && factor < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "factor: expected a radius in (0, 1), got %s", factor));
    }
    int inner = samples / 2;
    int outer = samples - inner;
    double[][] x = new double[samples][];
    int[] y = new int[samples];
    for (int i = 0; i < outer; i++) {
      double t = 2 * Math.PI * i / outer;
      x[i] = new double[] {Math.cos(t), Math.sin(t)};
    }
    for (int i = 0; i < inner; i++) {
      double t = 2 * Math.PI * i / inner;
      x[outer + i] = new double[] {factor * Math.cos(t), factor * Math.sin(t)};
      y[outer + i] = 1;
    }
    return Generators.noisyShuffled(x, y, noise, new SplittableRandom(seed));
  }
}
