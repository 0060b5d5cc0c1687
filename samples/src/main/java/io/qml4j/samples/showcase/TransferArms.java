package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.transfer.LearningCurve;
import java.util.ArrayList;
import java.util.List;

/**
 * The target runs of the transfer task, one learning curve per seed for each way of learning the
 * target, and their statistics over seeds.
 */
final class TransferArms {
  /** Circuit-to-circuit transfer: source layers frozen, the rest fine-tuned. */
  final List<LearningCurve> transfer = new ArrayList<>();

  /** The same dressed circuit trained from scratch with the same budget. */
  final List<LearningCurve> scratch = new ArrayList<>();

  /** Classical-to-quantum transfer: a dressed circuit on the frozen extractor's features. */
  final List<LearningCurve> classical = new ArrayList<>();

  /** The mean final held-out accuracy over the runs. */
  static double mean(List<LearningCurve> runs) {
    double sum = 0;
    for (LearningCurve c : runs) {
      sum += c.finalAccuracy();
    }
    return sum / runs.size();
  }

  /** The standard deviation of the final accuracies over the runs (population form). */
  static double spread(List<LearningCurve> runs) {
    double mean = mean(runs);
    double sum = 0;
    for (LearningCurve c : runs) {
      sum += (c.finalAccuracy() - mean) * (c.finalAccuracy() - mean);
    }
    return Math.sqrt(sum / runs.size());
  }

  /** The checkpoint steps, the same for every run of one budget. */
  static double[] steps(List<LearningCurve> runs) {
    int[] steps = runs.get(0).steps();
    double[] x = new double[steps.length];
    for (int i = 0; i < steps.length; i++) {
      x[i] = steps[i];
    }
    return x;
  }

  /** The mean accuracy over the runs at every checkpoint. */
  static double[] meanCurve(List<LearningCurve> runs) {
    double[] mean = new double[runs.get(0).accuracies().length];
    for (LearningCurve c : runs) {
      double[] a = c.accuracies();
      for (int i = 0; i < mean.length; i++) {
        mean[i] += a[i] / runs.size();
      }
    }
    return mean;
  }

  /** The standard deviation over the runs at every checkpoint. */
  static double[] spreadCurve(List<LearningCurve> runs) {
    double[] mean = meanCurve(runs);
    double[] spread = new double[mean.length];
    for (LearningCurve c : runs) {
      double[] a = c.accuracies();
      for (int i = 0; i < mean.length; i++) {
        spread[i] += (a[i] - mean[i]) * (a[i] - mean[i]) / runs.size();
      }
    }
    for (int i = 0; i < spread.length; i++) {
      spread[i] = Math.sqrt(spread[i]);
    }
    return spread;
  }

  /** The first checkpoint step at which the mean accuracy reaches the target; -1 if none. */
  static int stepReaching(List<LearningCurve> runs, double target) {
    double[] mean = meanCurve(runs);
    int[] steps = runs.get(0).steps();
    for (int i = 0; i < mean.length; i++) {
      if (mean[i] >= target) {
        return steps[i];
      }
    }
    return -1;
  }
}
