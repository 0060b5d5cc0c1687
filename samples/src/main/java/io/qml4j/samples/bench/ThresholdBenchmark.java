package io.qml4j.samples.bench;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.kernel.ParallelPlanRunner;
import io.qml4j.runtime.kernel.Plan;
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
 * Measures {@code ParallelSimulator.PARALLEL_THRESHOLD_QUBITS}: HEA n x 10 on one thread, as
 * {@code Simulator} compiles it (tiles of up to 2^15 amplitudes: up to 15 qubits the whole
 * circuit is one pass), against two threads on the plan a split needs
 * ({@code ParallelSimulator.compile(circuit, 2)}: tiles of {@code min(15, n - 2)} qubits, two per
 * thread and stage), to find where splitting a pass starts to pay.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ThresholdBenchmark {
  /** Qubits of a 10-layer HEA. */
  @Param({"13", "14", "15", "16", "17", "18"})
  public int qubits;

  private Plan serial;
  private Plan split;
  private double[] state;

  @Setup
  public void setUp() {
    Circuit circuit = Hea.circuit(qubits, 10, randomAngles(qubits, 10));
    serial = Simulator.compile(circuit);
    split = ParallelSimulator.compile(circuit, 2);
    state = new double[2 << qubits];
  }

  @Benchmark
  public double oneThread() {
    java.util.Arrays.fill(state, 0);
    state[0] = 1;
    serial.run(state);
    return Hea.z0(state);
  }

  @Benchmark
  public double twoThreads() {
    java.util.Arrays.fill(state, 0);
    state[0] = 1;
    ParallelPlanRunner.run(split, state, 2);
    return Hea.z0(state);
  }

  static double[] randomAngles(int n, int layers) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    double[] theta = new double[2 * n * layers];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = rnd.nextDouble(0, 2 * Math.PI);
    }
    return theta;
  }
}
