package io.qml4j.samples.bench;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.CircuitFeatureMap;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.samples.models.ZzKernelModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * BASELINE: the whole kernel matrix of {@link KernelMatrixBenchmark} as it was computed before
 * issue 15's work (500 state preparations, then the pair-by-pair loop over 125,250 pairs), on
 * this thread, in CPU time. It uses only API that older builds have too, so that it can time an
 * older commit's runtime and generated {@code ZzKernelModel}: put that build's class folders
 * before this one's on the class path (docs/figures.md, Kernel matrix, shows the command), and
 * compare with {@code CpuTimeRun kernel:matrix kernel:compiledMatrix} in the same script. Usage:
 * {@code KernelMatrixBeforeRun [seconds] [runtime|compiled ...]}.
 */
public final class KernelMatrixBeforeRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private KernelMatrixBeforeRun() {}

  /**
   * Times the cases named on the command line.
   *
   * @param args seconds of measurement per case, then {@code runtime} and/or {@code compiled}
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    String[] cases = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
        : new String[] {"runtime", "compiled"};
    // the workload's points, as KernelMatrixBenchmark.points() makes them (older builds lack it)
    SplittableRandom random = new SplittableRandom(2019);
    double[][] points = new double[500][6];
    for (double[] p : points) {
      for (int j = 0; j < p.length; j++) {
        p[j] = 2 * Math.PI * random.nextDouble();
      }
    }
    for (String name : cases) {
      StatePreparation map;
      if (name.equals("runtime")) {
        map = CircuitFeatureMap.zz(6, 2);
      } else if (name.equals("compiled")) {
        map = ZzKernelModel::state;
      } else {
        throw new IllegalArgumentException("case: expected runtime or compiled, got " + name);
      }
      double[] q = measure(map, points, seconds);
      System.out.printf(Locale.ROOT,
          "matrixBefore:%-9s median %10.2f us  (quartiles %.2f - %.2f)%n", name, q[1], q[0], q[2]);
    }
  }

  /** Quartiles of CPU time per matrix in microseconds, after a warm-up as long as the run. */
  private static double[] measure(StatePreparation map, double[][] points, double seconds) {
    long budget = (long) (seconds * 1e9);
    double sink = 0;
    for (long end = THREADS.getCurrentThreadCpuTime() + budget;
        THREADS.getCurrentThreadCpuTime() < end;) {
      sink += matrix(map, points)[1][2];
    }
    double[] samples = new double[4096];
    int count = 0;
    for (long end = THREADS.getCurrentThreadCpuTime() + budget;
        THREADS.getCurrentThreadCpuTime() < end && count < samples.length;) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      sink += matrix(map, points)[1][2];
      samples[count++] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e3;
    }
    if (Double.isNaN(sink)) {
      throw new IllegalStateException("NaN");
    }
    double[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    return new double[] {sorted[count / 4], sorted[count / 2], sorted[3 * count / 4]};
  }

  /** BASELINE: the states one by one, then every pair's overlap in one sequential sum. */
  private static double[][] matrix(StatePreparation map, double[][] points) {
    int n = points.length;
    StateVector[] states = new StateVector[n];
    for (int i = 0; i < n; i++) {
      states[i] = map.prepare(points[i].clone());
    }
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      double[] a = states[i].amplitudes();
      for (int j = i; j < n; j++) {
        double[] b = states[j].amplitudes();
        double re = 0;
        double im = 0;
        for (int t = 0; t < a.length; t += 2) {
          re += a[t] * b[t] + a[t + 1] * b[t + 1];
          im += a[t] * b[t + 1] - a[t + 1] * b[t];
        }
        double v = re * re + im * im;
        k[i][j] = v;
        k[j][i] = v;
      }
    }
    return k;
  }
}
