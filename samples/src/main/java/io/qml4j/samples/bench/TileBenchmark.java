package io.qml4j.samples.bench;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
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
 * The tile size of cache blocking ({@code Plan.TILE_QUBITS}) on the HEA 20x5 plan, one thread;
 * tile 20 is the whole state, i.e. no blocking: one pass per gate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TileBenchmark {
  /** Tile size in qubits. */
  @Param({"12", "13", "14", "15", "16", "20"})
  public int tileQubits;

  private Plan plan;
  private double[] state;

  @Setup
  public void setUp() {
    Circuit circuit = Hea.circuit(20, 5, Hea.angles(20, 5));
    plan = Simulator.compile(circuit, tileQubits);
    state = new double[2 << 20];
  }

  @Benchmark
  public double run() {
    java.util.Arrays.fill(state, 0);
    state[0] = 1;
    plan.run(state);
    return Hea.z0(state);
  }
}
