package io.qml4j.samples.bench;

import io.qml4j.samples.models.ClassifierModel;
import java.util.SplittableRandom;

/**
 * The batched-evaluation workload shared by {@link BatchBenchmark} and {@link CpuTimeRun}: seeded
 * inputs and parameters of the 4-qubit {@code ClassifierModel}, and the loop of single calls.
 */
final class ClassifierInputs {
  private ClassifierInputs() {}

  /** Points with features uniform in {@code [0, pi)}, the encoding's period. */
  static double[][] points(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] xs = new double[count][ClassifierModel.INPUTS];
    for (double[] x : xs) {
      for (int j = 0; j < x.length; j++) {
        x[j] = Math.PI * random.nextDouble();
      }
    }
    return xs;
  }

  /** Parameters uniform in {@code [0, 2 pi)}, from the seed after the points' seed. */
  static double[] theta(long seed) {
    SplittableRandom random = new SplittableRandom(seed + 1);
    double[] theta = new double[ClassifierModel.PARAMS];
    for (int i = 0; i < theta.length; i++) {
      theta[i] = 2 * Math.PI * random.nextDouble();
    }
    return theta;
  }

  /** One {@code expectation(x, theta)} call per point, summed. */
  static double single(double[][] xs, double[] theta) {
    double sum = 0;
    for (double[] x : xs) {
      sum += ClassifierModel.expectation(x, theta);
    }
    return sum;
  }
}
