package io.qml4j.samples.bench;

import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.samples.bench.models.Hea10Model;
import io.qml4j.samples.bench.models.HeaModel;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * The HEA gradient of docs/benchmarks.md through generated models ({@code HeaModel}, n = 4, L = 4;
 * {@code Hea10Model}, n = 10, L = 10, 200 parameters), with the exact angles of the benchmark
 * files: one generated forward evaluation ({@code expectation}), the generated adjoint gradient
 * ({@code gradient}) and the generated parameter-shift gradient ({@code parameterShiftGradient}),
 * in one run so the ratios gradient / evaluation come from the same conditions (targets: adjoint
 * at most 3, issue 15; parameter shift near 2 x parameters). {@code Hea10Model}'s adjoint is the
 * runtime's sweep by points, as for every generated model from 10 qubits. Setup checks the value against the reference
 * {@code <Z_0>} and the two gradients against each other before anything is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class GeneratedGradientBenchmark {
  /** The case as "n x L". */
  @Param({"4x4", "10x10"})
  public String shape;

  private double[] theta;
  private ToDoubleFunction<double[]> evaluation;
  private Function<double[], Gradient> adjoint;
  private Function<double[], Gradient> parameterShift;

  @Setup
  public void setUp() {
    double reference;
    if ("4x4".equals(shape)) {
      theta = Hea.angles(4, 4);
      evaluation = HeaModel::expectation;
      adjoint = HeaModel::gradient;
      parameterShift = HeaModel::parameterShiftGradient;
      reference = -0.354185514443131;
    } else if ("10x10".equals(shape)) {
      theta = Hea.angles(10, 10);
      evaluation = Hea10Model::expectation;
      adjoint = Hea10Model::gradient;
      parameterShift = Hea10Model::parameterShiftGradient;
      reference = 0.0357579774757029;
    } else {
      throw new IllegalArgumentException("shape: expected 4x4 or 10x10, got " + shape);
    }
    Gradient a = adjoint.apply(theta);
    Gradient s = parameterShift.apply(theta);
    double worst = 0;
    for (int k = 0; k < theta.length; k++) {
      worst = Math.max(worst, Math.abs(a.theta()[k] - s.theta()[k]));
    }
    if (Math.abs(evaluation() - reference) > 1e-12 || Math.abs(a.value() - reference) > 1e-12
        || worst > 1e-10) {
      throw new IllegalStateException(String.format(Locale.ROOT, "HEA %s: <Z_0> = %.15f "
          + "(adjoint %.15f), expected %.15f; adjoint and shift differ by %.3g", shape,
          evaluation(), a.value(), reference, worst));
    }
  }

  @Benchmark
  public double evaluation() {
    return evaluation.applyAsDouble(theta);
  }

  @Benchmark
  public Gradient adjoint() {
    return adjoint.apply(theta);
  }

  @Benchmark
  public Gradient parameterShift() {
    return parameterShift.apply(theta);
  }
}
