package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.transfer.LearningCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /**
   * A Markdown table of every seed's final accuracy and the step at which it first reaches the
   * target, for the three ways to learn the target.
   */
  String seedTable(double target) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "| seed | fine-tuned | step to %.2f | scratch | step to %.2f | classical-to-quantum "
            + "| step to %.2f |%n|---|---|---|---|---|---|---|%n", target, target, target));
    for (int i = 0; i < transfer.size(); i++) {
      table.append(String.format(Locale.ROOT, "| %d |", i + 1));
      for (List<LearningCurve> arm : List.of(transfer, scratch, classical)) {
        LearningCurve c = arm.get(i);
        int step = c.firstStepReaching(target);
        table.append(String.format(Locale.ROOT, " %.3f | %s |", c.finalAccuracy(),
            step < 0 ? "never" : String.valueOf(step)));
      }
      table.append(System.lineSeparator());
    }
    return table.toString();
  }
}
