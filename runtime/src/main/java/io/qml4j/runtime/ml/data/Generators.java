package io.qml4j.runtime.ml.data;

import java.util.Locale;
import java.util.SplittableRandom;

/** Argument checks and the noise-and-shuffle step shared by the 2-D dataset generators. */
final class Generators {
  private Generators() {}

  static void checkSamples(int samples) {
    if (samples < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "samples: expected at least 2 (one per class), got %d", samples));
    }
  }

  static void checkNoise(double noise) {
    if (!(noise >= 0 && Double.isFinite(noise))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "noise: expected a finite standard deviation >= 0, got %s", noise));
    }
  }

  /** Adds N(0, noise^2) to every coordinate and shuffles the examples. */
  static Dataset noisyShuffled(double[][] x, int[] y, double noise, SplittableRandom random) {
    int[] order = TrainTestSplit.permutation(x.length, random);
    double[][] xs = new double[x.length][];
    int[] ys = new int[x.length];
    for (int k = 0; k < x.length; k++) {
      double[] row = x[order[k]].clone();
      for (int j = 0; j < row.length; j++) {
        row[j] += noise * gaussian(random);
      }
      xs[k] = row;
      ys[k] = y[order[k]];
    }
    return new Dataset(xs, ys);
  }

  /** A standard normal draw (Box-Muller, one of the pair). */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1], keeps log finite
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
