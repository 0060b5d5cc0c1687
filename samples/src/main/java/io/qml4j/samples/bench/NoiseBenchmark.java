package io.qml4j.samples.bench;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.noise.Channels;
import io.qml4j.runtime.noise.DensityMatrixSimulator;
import io.qml4j.runtime.noise.NoiseModel;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.noise.TrajectorySimulator;
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
 * Noise simulation against noiseless evaluation of the same HEA (issue 11), side by side in one
 * run: {@code densityMatrix} (exact, the 2n-qubit vectorisation) against {@code stateVector} for
 * the ratio; {@code trajectory} (one Monte Carlo trajectory, program preparation included) against
 * {@code stateVector}, target at most 1.5x. The noise: depolarizing p = 1e-3 after every gate on
 * each of its wires, and two-qubit depolarizing p = 1e-2 after every CNOT, all unitary mixtures.
 * Each case builds the circuit and compiles its plan inside the measured call, as
 * {@link HeaBenchmark#engine} does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class NoiseBenchmark {
  /**
   * The case as "n x L": 10x4 and 10x10 for the density matrix, 16x10 and 20x5 for
   * trajectories.
   */
  @Param({"10x4", "10x10", "16x10", "20x5"})
  public String shape;

  private int n;
  private int layers;
  private double[] theta;
  private NoiseModel model;
  private long seed;

  @Setup
  public void setUp() {
    String[] parts = shape.split("x");
    n = Integer.parseInt(parts[0]);
    layers = Integer.parseInt(parts[1]);
    // the 10-qubit cases use the first 4 or all 10 layers of the 10x10 angle file
    theta = Hea.angles(n, n == 10 ? 10 : layers);
    model = NoiseModel.builder()
        .after(Channels.depolarizing(1e-3))
        .after(Channels.depolarizing2(1e-2), Gate.CNOT)
        .build();
  }

  @Benchmark
  public double stateVector() {
    return Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
  }

  @Benchmark
  public double trajectory() {
    NoisyCircuit noisy = model.apply(Hea.circuit(n, layers, theta));
    return Hea.z0(TrajectorySimulator.trajectory(noisy, seed++).state());
  }

  /** Exact density matrix; only the 10-qubit case fits (a 16-qubit one needs 64 GiB). */
  @Benchmark
  public double densityMatrix() {
    if (n > 10) {
      return Double.NaN;
    }
    Circuit circuit = Hea.circuit(n, layers, theta);
    return DensityMatrixSimulator.run(model.apply(circuit)).probabilities()[0];
  }
}
