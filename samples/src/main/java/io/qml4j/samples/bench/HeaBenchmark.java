package io.qml4j.samples.bench;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.SinglePrecisionSimulator;
import io.qml4j.runtime.StateVector;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HEA eval of docs/benchmarks.md: build the circuit with the dynamic builder, simulate from |0..0>,
 * return {@code <Z_0>}. Side by side: the naive generic path (every gate as a dense matrix through
 * {@link Simulator#applyDense}), the engine on one thread, and the engine on two threads (which
 * runs serially below {@link ParallelSimulator#PARALLEL_THRESHOLD_QUBITS}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class HeaBenchmark {
  /** The case as "n x L". */
  @Param({"4x4", "10x10", "16x10", "20x5"})
  public String shape;

  private int n;
  private int layers;
  private double[] theta;

  @Setup
  public void setUp() {
    String[] parts = shape.split("x");
    n = Integer.parseInt(parts[0]);
    layers = Integer.parseInt(parts[1]);
    theta = Hea.angles(n, layers);
  }

  @Benchmark
  public double naiveDense() {
    Circuit circuit = Hea.circuit(n, layers, theta);
    StateVector state = StateVector.zero(n);
    double[] s = state.amplitudes();
    for (Operation op : circuit.operations()) {
      Simulator.applyDense(s, n, op);
    }
    return Hea.z0(s);
  }

  /**
   * {@link #engine} as it was before issue 15: scalar kernels (no Vector API module) and cache
   * blocking by contiguous tiles only ({@code -Dqml4j.plan.blocks=false}).
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dqml4j.plan.blocks=false"})
  public double engineBefore() {
    return Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
  }

  @Benchmark
  public double engine() {
    return Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
  }

  /**
   * {@link #engine} in a JVM started with {@code --add-modules jdk.incubator.vector}: the same
   * plan, its long runs of amplitudes in the Vector API's loops.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double engineSimd() {
    return Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
  }

  /** {@link #engineTwoThreads} with the Vector API, as {@link #engineSimd}. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double engineSimdTwoThreads() {
    return Hea.z0(ParallelSimulator.run(Hea.circuit(n, layers, theta), 2));
  }

  /**
   * What two cores of this host give two jobs that share nothing: {@link #engineSimd} on two
   * threads at once, each evaluating its own circuit into its own state. Its time per evaluation
   * against {@link #engineSimd}'s, measured in the same run, bounds what
   * {@link #engineSimdTwoThreads} can reach: one evaluation split over two threads runs at most
   * {@code 2 * engineSimd / engineSimdTwoIndependent} times faster, and less where its threads
   * also pass the state's halves between the cores from stage to stage.
   */
  @Benchmark
  @Threads(2)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double engineSimdTwoIndependent() {
    return Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
  }

  @Benchmark
  public double engineTwoThreads() {
    return Hea.z0(ParallelSimulator.run(Hea.circuit(n, layers, theta), 2));
  }

  /**
   * {@link #engineSimd} in single precision ({@link SinglePrecisionSimulator}): the same plan on
   * float amplitudes, half the bytes, with the Vector API's float lanes.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double engineSingleSimd() {
    return Hea.z0(SinglePrecisionSimulator.run(Hea.circuit(n, layers, theta)).amplitudes());
  }
}
