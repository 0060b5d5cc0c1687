package io.qml4j.samples.bench;

import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two large HEA gradient cases of docs/benchmarks.md (16x10, 20x5), where the peers' adjoint
 * figures are the targets: one evaluation and the adjoint gradient side by side, single thread.
 * Parameter shift is left out here: at 320 parameters it would take about 640 evaluations (8 s)
 * per operation, and {@link GradientBenchmark} already measures its ratio at 4x4 and 10x10.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LargeGradientBenchmark {
  /** The case as "n x L". */
  @Param({"16x10", "20x5"})
  public String shape;

  private static final PauliSum Z0 = PauliSum.z(0);

  private double[] theta;
  private ParametrizedCircuit circuit;

  @Setup
  public void setUp() {
    String[] parts = shape.split("x");
    int n = Integer.parseInt(parts[0]);
    int layers = Integer.parseInt(parts[1]);
    theta = Hea.angles(n, layers);
    circuit = GradientBenchmark.trainableHea(n, layers);
    double reference = "16x10".equals(shape) ? -0.00661148969973959 : -0.000154637239610845;
    Gradient serial = adjoint(), parallel = adjointTwoThreads();
    double adjointValue = serial.value();
    for (int k = 0; k < theta.length; k++) {
      if (Math.abs(serial.theta()[k] - parallel.theta()[k]) > 1e-12) {
        throw new IllegalStateException("HEA " + shape + ": d/dtheta[" + k + "] differs on two "
            + "threads: " + parallel.theta()[k] + " against " + serial.theta()[k]);
      }
    }
    if (Math.abs(evaluation() - reference) > 1e-12 || Math.abs(adjointValue - reference) > 1e-12) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "HEA %s: <Z_0> = %.15f (adjoint %.15f), expected %.15f", shape, evaluation(),
          adjointValue, reference));
    }
  }

  @Benchmark
  public double evaluation() {
    return Expectation.of(Simulator.run(circuit.bind(theta)), Z0);
  }

  @Benchmark
  public Gradient adjoint() {
    return Adjoint.gradient(circuit, theta, Z0);
  }

  /** {@link #adjoint} with the Vector API module, as {@code HeaBenchmark.engineSimd}. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public Gradient adjointSimd() {
    return Adjoint.gradient(circuit, theta, Z0);
  }

  /**
   * {@link #adjointSimd} with the adjoint's own rotation passes on the Vector API too
   * ({@code -Dqml4j.adjoint.simd=true}; off by default): what that buys the backward sweep, in
   * the same run.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector",
      "-Dqml4j.adjoint.simd=true"})
  public Gradient adjointSimdVectorSteps() {
    return Adjoint.gradient(circuit, theta, Z0);
  }

  /**
   * {@link #adjointSimdVectorSteps} with the backward sweep in blocks of 2^14 amplitudes
   * ({@code -Dqml4j.adjoint.blockQubits=14}; off by default): what blocks buy, in the same run.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector",
      "-Dqml4j.adjoint.simd=true", "-Dqml4j.adjoint.blockQubits=14"})
  public Gradient adjointSimdBlocked() {
    return Adjoint.gradient(circuit, theta, Z0);
  }

  /** {@link #evaluation} with the Vector API module. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double evaluationSimd() {
    return Expectation.of(Simulator.run(circuit.bind(theta)), Z0);
  }

  /** The forward sweep and the fused backward steps shared by two threads. */
  @Benchmark
  public Gradient adjointTwoThreads() {
    return Adjoint.gradient(circuit, theta, new double[0], Z0, 2);
  }

  /** The evaluation on two threads, the denominator of the two-thread gradient's ratio. */
  @Benchmark
  public double evaluationTwoThreads() {
    return Expectation.of(ParallelSimulator.run(circuit.bind(theta), 2), Z0);
  }
}
