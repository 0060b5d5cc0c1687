package io.qml4j.runtime.ml.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Two Gaussian blobs in the plane, centred on {@code (-center, -center)} (class 0) and
 * {@code (center, center)} (class 1), each coordinate with standard deviation {@code sigma}; the
 * classes alternate, example i in class {@code i % 2}. An easy, seeded task for training through
 * shots and noise, where the data should not be what limits the accuracy.
 */
public final class Blobs {
  private Blobs() {}

  /**
   * {@code samples} examples, alternating classes.
   *
   * @param samples at least 2
   * @param center distance of each blob's centre from the origin along both axes, finite
   * @param sigma standard deviation of each coordinate, at least 0
   * @param seed the random stream's seed
   * @return the dataset, in generation order
   */
  public static Dataset generate(int samples, double center, double sigma, long seed) {
    Generators.checkSamples(samples);
    if (!(sigma >= 0 && Double.isFinite(sigma))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "sigma: expected a finite standard deviation >= 0, got %s", sigma));
    }
    if (!Double.isFinite(center)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "center: expected a finite coordinate, got %s", center));
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[samples][];
    int[] y = new int[samples];
    for (int i = 0; i < samples; i++) {
      y[i] = i % 2;
      double c = y[i] == 0 ? -center : center;
      double first = c + sigma * Generators.gaussian(random);
      x[i] = new double[] {first, c + sigma * Generators.gaussian(random)};
    }
    return new Dataset(x, y);
  }
}
