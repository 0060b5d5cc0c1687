package io.qml4j.runtime.noise;

import java.util.Map;
import java.util.TreeMap;

/**
 * The averages of observables over Monte Carlo trajectories, with their standard errors
 * ({@code sample standard deviation / sqrt(trajectories)}), and the classical records seen.
 */
public final class TrajectoryResult {
  private final double[] means;
  private final double[] standardErrors;
  private final int trajectories;
  private final Map<Long, Integer> records;

  private TrajectoryResult(double[] means, double[] standardErrors, int trajectories,
      Map<Long, Integer> records) {
    this.means = means;
    this.standardErrors = standardErrors;
    this.trajectories = trajectories;
    this.records = records;
  }

  /** Summarises per-trajectory values (in trajectory order, so the sums are reproducible). */
  static TrajectoryResult of(double[][] values, long[] records) {
    int t = values.length, m = values[0].length;
    double[] mean = new double[m], error = new double[m];
    for (int k = 0; k < m; k++) {
      double sum = 0;
      for (double[] v : values) {
        sum += v[k];
      }
      mean[k] = sum / t;
      double square = 0;
      for (double[] v : values) {
        square += (v[k] - mean[k]) * (v[k] - mean[k]);
      }
      error[k] = Math.sqrt(square / (t - 1) / t);
    }
    Map<Long, Integer> counts = new TreeMap<>();
    for (long r : records) {
      counts.merge(r, 1, Integer::sum);
    }
    return new TrajectoryResult(mean, error, t, counts);
  }

  /** The mean over trajectories of observable k. */
  public double mean(int k) {
    return means[k];
  }

  /** The standard error of {@link #mean(int)}. */
  public double standardError(int k) {
    return standardErrors[k];
  }

  /** Number of trajectories. */
  public int trajectories() {
    return trajectories;
  }

  /** How many trajectories ended with each classical record (bit k at {@code 1 << k}). */
  public Map<Long, Integer> recordCounts() {
    return records;
  }
}
