package io.qml4j.samples.bench.models;

import io.qml4j.dsl.Q;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;
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
 * HEA eval of docs/benchmarks.md, generated model against the runtime: {@code generated} calls the
 * processor's {@code HeaModel.expectation(theta)} (unrolled, literal strides); {@code builder}
 * runs the same model method through the runtime's CircuitBuilder, simulates the circuit with
 * {@code Simulator.run} and takes {@code <Z_0>}. Side by side in one run, so their ratio is
 * measured under the same conditions. Both are checked against the reference values first. The
 * generated model runs on one thread ({@code -Dqml4j.threads=1}) except in the two-thread
 * variants, whose forks set {@code -Dqml4j.threads=2} (see {@link io.qml4j.runtime.Parallelism}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dqml4j.threads=1"})
public class GeneratedHeaBenchmark {
  /** The case as "n x L". */
  @Param({"4x4", "10x10", "16x10", "20x5"})
  public String shape;

  private static final PauliSum Z0 = PauliSum.z(0);

  private double[] theta;
  private int qubits;
  private ToDoubleFunction<double[]> generated;
  private BiConsumer<Q, double[]> method;

  /** Loads the angles and checks both paths against the reference value. */
  @Setup
  public void setUp() {
    double reference;
    switch (shape) {
      case "4x4":
        generated = HeaModel::expectation;
        method = Hea::circuit;
        qubits = HeaModel.QUBITS;
        reference = -0.354185514443131;
        break;
      case "10x10":
        generated = Hea10Model::expectation;
        method = Hea10::circuit;
        qubits = Hea10Model.QUBITS;
        reference = 0.0357579774757029;
        break;
      case "16x10":
        generated = Hea16Model::expectation;
        method = Hea16::circuit;
        qubits = Hea16Model.QUBITS;
        reference = -0.00661148969973959;
        break;
      default:
        generated = Hea20Model::expectation;
        method = Hea20::circuit;
        qubits = Hea20Model.QUBITS;
        reference = -0.000154637239610845;
        break;
    }
    String[] parts = shape.split("x");
    theta = angles(parts[0], parts[1]);
    double a = generated(), b = builder();
    if (Math.abs(a - reference) > 1e-12 || Math.abs(b - reference) > 1e-12) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%s: generated %.15f, builder %.15f, reference %.15f", shape, a, b, reference));
    }
  }

  /** The generated model. */
  @Benchmark
  public double generated() {
    return generated.applyAsDouble(theta);
  }

  /** {@link #generated} with the Vector API module: its kernels' long runs in SIMD loops. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector",
      "-Dqml4j.threads=1"})
  public double generatedSimd() {
    return generated.applyAsDouble(theta);
  }

  /** {@link #generatedSimd} on two threads: from 16 qubits, the runtime's plan split in two. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector",
      "-Dqml4j.threads=2"})
  public double generatedSimdTwoThreads() {
    return generated.applyAsDouble(theta);
  }

  /** {@link #generated} on two threads, without the Vector API. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dqml4j.threads=2"})
  public double generatedTwoThreads() {
    return generated.applyAsDouble(theta);
  }

  /** The same method through the runtime builder and simulator. */
  @Benchmark
  public double builder() {
    CircuitBuilder q = new CircuitBuilder(qubits);
    method.accept(q, theta);
    return Expectation.of(Simulator.run(q.build()), Z0);
  }

  private static double[] angles(String n, String layers) {
    String name = "/bench/angles_n" + n + "_L" + layers + ".txt";
    try (InputStream in = GeneratedHeaBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = r.readLine().trim().split("\\s+");
      int count = 2 * Integer.parseInt(header[0]) * Integer.parseInt(header[1]);
      double[] theta = new double[count];
      for (int k = 0; k < count; k++) {
        theta[k] = Double.parseDouble(r.readLine().trim());
      }
      return theta;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
