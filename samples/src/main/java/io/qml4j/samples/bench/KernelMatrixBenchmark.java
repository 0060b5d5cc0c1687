package io.qml4j.samples.bench;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.CircuitFeatureMap;
import io.qml4j.runtime.ml.kernel.ComputeUncomputeKernel;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.TransposedStates;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * The inner products before {@link TransposedStates} (one interleaved pair at a time) are kept here
 * as {@link #gramBefore}, the baseline of {@link #overlapMatrixBefore} and {@link #productsBefore};
 * {@link #products} and {@link #preparation} split the overlap time into its two halves.
 * {@link #main} runs all and prints the ratios. Setup checks that the overlaps agree with the
 * baseline to 1e-12 everywhere and with the circuits on a corner of the matrix.
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
  private StateVector[] states;
  private FidelityKernel overlaps;
  private ComputeUncomputeKernel circuitRuns;

  @Setup
  public void setUp() {
    points = points();
    CircuitFeatureMap zz = CircuitFeatureMap.zz(QUBITS, REPS);
    overlaps = new FidelityKernel(zz);
    circuitRuns = new ComputeUncomputeKernel(zz);
    states = overlaps.states(points);
    check("baseline", FidelityKernel.gram(states), gramBefore(states), POINTS);
    double[][] corner = Arrays.copyOf(points, CHECKED);
    check("circuit run", overlaps.matrix(corner), circuitRuns.exactMatrix(corner, corner), CHECKED);
  }

  /** The workload's points, seeded. */
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

  private static void check(String what, double[][] a, double[][] b, int size) {
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (Math.abs(a[i][j] - b[i][j]) > 1e-12) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "kernel (%d, %d): overlap %.15f, %s %.15f", i, j, a[i][j], what, b[i][j]));
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

  /**
   * BASELINE: {@link #overlapMatrix} as it was before {@link TransposedStates}: the same states,
   * then {@link #gramBefore}.
   */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public double[][] overlapMatrixBefore() {
    return gramBefore(overlaps.states(points));
  }

  /** The inner products alone, on states prepared in setup ({@link FidelityKernel#gram}). */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public double[][] products() {
    return FidelityKernel.gram(states);
  }

  /** BASELINE: the inner products alone as they were ({@link #gramBefore}). */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public double[][] productsBefore() {
    return gramBefore(states);
  }

  /** The state preparations alone ({@link FidelityKernel#states}, in parallel). */
  @Benchmark
  @Warmup(iterations = 20)
  @Measurement(iterations = 20)
  public StateVector[] preparation() {
    return overlaps.states(points);
  }

  /**
   * BASELINE, a private copy of {@code FidelityKernel.gram} before {@link TransposedStates}: rows
   * in parallel, one sequential interleaved inner product per pair of the upper triangle.
   */
  static double[][] gramBefore(StateVector[] states) {
    int n = states.length;
    double[][] k = new double[n][n];
    IntStream.range(0, n).parallel().forEach(i -> gramRowBefore(states, i, k));
    return k;
  }

  /** BASELINE: row i of {@link #gramBefore} and its mirror. */
  static void gramRowBefore(StateVector[] states, int i, double[][] k) {
    double[] a = states[i].amplitudes();
    for (int j = i; j < states.length; j++) {
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

  /**
   * {@link FidelityKernel#gram}'s work on the calling thread alone, for {@link CpuTimeRun}: the
   * same transposition and the same row calls, without the parallel stream.
   */
  static double[][] gramOneThread(StateVector[] states) {
    int n = states.length;
    double[][] k = new double[n][n];
    TransposedStates columns = TransposedStates.of(states);
    double[] scratch = new double[n];
    for (int i = 0; i < n; i++) {
      columns.fidelities(states[i], i, k[i], scratch);
      for (int j = i + 1; j < n; j++) {
        k[j][i] = k[i][j];
      }
    }
    return k;
  }

  /** BASELINE: {@link #gramBefore} on the calling thread alone, for {@link CpuTimeRun}. */
  static double[][] gramBeforeOneThread(StateVector[] states) {
    double[][] k = new double[states.length][states.length];
    for (int i = 0; i < states.length; i++) {
      gramRowBefore(states, i, k);
    }
    return k;
  }

  /** N^2 simulations of {@code U(x_j)^dagger U(x_i)} from |0...0> (seconds: few iterations). */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public double[][] circuitRunMatrix() {
    return circuitRuns.exactMatrix(points, points);
  }

  /**
   * Runs all benchmarks in one JMH run and prints the medians and the ratios: overlaps before /
   * after, products before / after, circuit runs / overlaps.
   */
  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(KernelMatrixBenchmark.class.getName()).build()).run();
    Map<String, Double> median = new HashMap<>();
    for (RunResult r : results) {
      // medians, as docs/benchmarks.md reports: robust to the shared machine's bursts of load
      String name = r.getParams().getBenchmark();
      median.put(name.substring(name.lastIndexOf('.') + 1),
          r.getPrimaryResult().getStatistics().getPercentile(50));
    }
    double overlap = median.getOrDefault("overlapMatrix", Double.NaN);
    double before = median.getOrDefault("overlapMatrixBefore", Double.NaN);
    double products = median.getOrDefault("products", Double.NaN);
    double productsBefore = median.getOrDefault("productsBefore", Double.NaN);
    double runs = median.getOrDefault("circuitRunMatrix", Double.NaN);
    System.out.printf(Locale.ROOT,
        "kernel matrix %dx%d, %d qubits, medians: overlaps %.2f ms (before %.2f ms, %.2fx), "
            + "of which preparation %.2f ms and products %.2f ms (before %.2f ms, %.2fx); "
            + "circuit runs %.1f ms, %.0fx the overlaps%n",
        POINTS, POINTS, QUBITS, overlap, before, before / overlap,
        median.getOrDefault("preparation", Double.NaN), products, productsBefore,
        productsBefore / products, runs, runs / overlap);
  }
}
