package io.qml4j.samples.bench;

import io.qml4j.runtime.ml.kernel.CircuitFeatureMap;
import io.qml4j.runtime.ml.kernel.ComputeUncomputeKernel;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import java.util.Collection;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The kernel-matrix workload of docs/benchmarks.md: the full 500 x 500 fidelity kernel of the ZZ
 * feature map (6 qubits, 2 repetitions) on seeded points in {@code [0, 2 pi)^6}, computed from
 * state overlaps ({@link FidelityKernel}: 500 state preparations, 125,250 inner products) and, in
 * the same run, by 250,000 compute-uncompute circuit simulations
 * ({@link ComputeUncomputeKernel#exactMatrix}). Both parallelise over rows on the common pool.
 * {@link #main} runs both and prints the ratio. Setup checks that the two agree to 1e-12 on a
 * corner of the matrix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class KernelMatrixBenchmark {
  /** Points in the workload. */
  static final int POINTS = 500;
  /** Qubits, equal to features. */
  static final int QUBITS = 6;
  /** Repetitions of the ZZ feature map. */
  static final int REPS = 2;
  /** Seed of the points. */
  static final long SEED = 2019;
  /** Points whose entries are cross-checked in setup (a 40 x 40 corner keeps setup short). */
  private static final int CHECKED = 40;

  private double[][] points;
  private FidelityKernel overlaps;
  private ComputeUncomputeKernel circuitRuns;

  /** The workload's {@link #POINTS} seeded points in {@code [0, 2 pi)^6}. */
  static double[][] points() {
    SplittableRandom random = new SplittableRandom(SEED);
    double[][] points = new double[POINTS][QUBITS];
    for (double[] p : points) {
      for (int j = 0; j < QUBITS; j++) {
        p[j] = 2 * Math.PI * random.nextDouble();
      }
    }
    return points;
  }

  @Setup
  public void setUp() {
    points = points();
    CircuitFeatureMap zz = CircuitFeatureMap.zz(QUBITS, REPS);
    overlaps = new FidelityKernel(zz);
    circuitRuns = new ComputeUncomputeKernel(zz);
    double[][] corner = java.util.Arrays.copyOf(points, CHECKED);
    double[][] a = overlaps.matrix(corner);
    double[][] b = circuitRuns.exactMatrix(corner, corner);
    for (int i = 0; i < CHECKED; i++) {
      for (int j = 0; j < CHECKED; j++) {
        if (Math.abs(a[i][j] - b[i][j]) > 1e-12) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "kernel (%d, %d): overlap %.15f, circuit run %.15f", i, j, a[i][j], b[i][j]));
        }
      }
    }
  }

  /** N state preparations and N (N + 1) / 2 inner products (tens of ms: many iterations). */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public double[][] overlapMatrix() {
    return overlaps.matrix(points);
  }

  /** N^2 simulations of {@code U(x_j)^dagger U(x_i)} from |0...0> (seconds: few iterations). */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public double[][] circuitRunMatrix() {
    return circuitRuns.exactMatrix(points, points);
  }

  /** Runs both benchmarks in one JMH run and prints the median circuit-run time / overlap time. */
  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(KernelMatrixBenchmark.class.getName()).build()).run();
    double overlap = Double.NaN;
    double runs = Double.NaN;
    for (RunResult r : results) {
      // medians, as docs/benchmarks.md reports: robust to the shared machine's bursts of load
      double score = r.getPrimaryResult().getStatistics().getPercentile(50);
      if (r.getParams().getBenchmark().endsWith("overlapMatrix")) {
        overlap = score;
      } else {
        runs = score;
      }
    }
    System.out.printf(Locale.ROOT,
        "kernel matrix %dx%d, %d qubits, medians: overlaps %.1f ms, circuit runs %.1f ms, "
            + "ratio %.1f%n",
        POINTS, POINTS, QUBITS, overlap, runs, runs / overlap);
  }
}
