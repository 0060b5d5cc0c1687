package io.qml4j.samples.bench;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.ParameterShift;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
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
 * HEA gradient of docs/benchmarks.md through the runtime's trainable circuits: one forward evaluation
 * (bind, simulate from |0..0>, {@code <Z_0>}), the adjoint gradient and the parameter-shift
 * gradient with respect to all 2nL parameters, side by side in one run so that the ratios
 * gradient / evaluation (targets: adjoint at most 4, parameter-shift near 2 x 2nL) come from the
 * same conditions. Every parameter is its own {@code theta[k]}, flat index
 * {@code k = l 2n + g n + q} as in the angle files.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class GradientBenchmark {
  /** The case as "n x L". */
  @Param({"4x4", "10x10"})
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
    circuit = trainableHea(n, layers);
    double reference = "4x4".equals(shape) ? -0.354185514443131 : 0.0357579774757029;
    double adjointValue = adjoint().value();
    double plain = Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
    if (Math.abs(evaluation() - reference) > 1e-12 || Math.abs(adjointValue - plain) > 1e-12) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "HEA %s: <Z_0> = %.15f (adjoint %.15f), expected %.15f", shape, evaluation(),
          adjointValue, reference));
    }
  }

  /** The HEA with every angle a trainable parameter. */
  static ParametrizedCircuit trainableHea(int n, int layers) {
    ParametrizedBuilder b = new ParametrizedBuilder(n, 2 * n * layers, 0);
    for (int l = 0; l < layers; l++) {
      for (int w = 0; w < n; w++) {
        b.ry(w, io.qml4j.runtime.gradient.Param.theta(l * 2 * n + w));
      }
      for (int w = 0; w < n; w++) {
        b.rz(w, io.qml4j.runtime.gradient.Param.theta(l * 2 * n + n + w));
      }
      for (int w = 0; w < n; w++) {
        b.cnot(w, (w + 1) % n);
      }
    }
    return b.build();
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

  /** {@link #evaluation} with the Vector API module. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
  public double evaluationSimd() {
    return Expectation.of(Simulator.run(circuit.bind(theta)), Z0);
  }

  @Benchmark
  public Gradient parameterShift() {
    return ParameterShift.gradient(circuit, theta, Z0);
  }
}
