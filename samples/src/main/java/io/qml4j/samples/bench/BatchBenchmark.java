package io.qml4j.samples.bench;

import io.qml4j.samples.models.ClassifierModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Batched evaluation against one call per input, side by side: the 4-qubit classifier
 * ({@code ClassifierModel}, 32 gates, readout Z0) on {@link #POINTS} seeded inputs, either as
 * {@link #POINTS} calls of {@code expectation(x, theta)} or as one call of
 * {@code expectationBatch(xs, theta)}. One thread; the ratio of the two is the figure in
 * docs/figures.md. Setup checks that both agree to 1e-12.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class BatchBenchmark {
  /** Inputs per operation: a training set's worth of evaluations. */
  static final int POINTS = 10_000;
  /** Seed of the inputs and parameters. */
  static final long SEED = 15;

  private double[][] xs;
  private double[] theta;

  @Setup
  public void setUp() {
    xs = ClassifierInputs.points(POINTS, SEED);
    theta = ClassifierInputs.theta(SEED);
    double[] batch = ClassifierModel.expectationBatch(xs, theta);
    for (int b = 0; b < POINTS; b++) {
      double single = ClassifierModel.expectation(xs[b], theta);
      if (Math.abs(single - batch[b]) > 1e-12) {
        throw new IllegalStateException("point " + b + ": batch " + batch[b] + ", single "
            + single);
      }
    }
  }

  /** {@link #POINTS} single calls; returns their sum so that none is dead code. */
  @Benchmark
  public double singleCalls() {
    return ClassifierInputs.single(xs, theta);
  }

  /** One batched call over the same inputs. */
  @Benchmark
  public double[] batchedCall() {
    return ClassifierModel.expectationBatch(xs, theta);
  }

  /** {@link #singleCalls} with the Vector API module, as a user who adds the flag runs them. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double singleCallsSimd() {
    return ClassifierInputs.single(xs, theta);
  }

  /** {@link #batchedCall} with the Vector API module: the lane loops in SIMD registers. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double[] batchedCallSimd() {
    return ClassifierModel.expectationBatch(xs, theta);
  }
}
