package io.qml4j.samples.bench;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.SinglePrecisionSimulator;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.kernel.FloatPlan;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.samples.bench.models.Hea10Model;
import io.qml4j.samples.bench.models.Hea16Model;
import io.qml4j.samples.bench.models.HeaModel;
import io.qml4j.samples.models.ClassifierModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The HEA workloads of {@link HeaBenchmark}, {@link GradientBenchmark} and the generated models,
 * timed in CPU time of the calling thread instead of wall-clock time: on a machine shared with a
 * load of 20 or more, JMH's wall-clock medians stretch with the queue for a core, while the CPU
 * time a call takes moves far less. Prints the median and quartiles per call over batches of
 * calls of at least a millisecond. One thread only; the two-thread figures need a quiet machine
 * and JMH. Usage: {@code CpuTimeRun [seconds per case] [case ...]}, cases such as
 * {@code eval:20x5}, {@code float:20x5} (the same in single precision), {@code adjoint:10x10},
 * {@code generated:4x4}, {@code generatedAdjoint:10x10}, {@code classifier:single} and
 * {@code classifier:batch} (10,000 classifier evaluations per call, {@link BatchBenchmark});
 * adjoint and eval of one size in one run give the ratio that docs/figures.md, Gradients, reports.
 */
public final class CpuTimeRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final PauliSum Z0 = PauliSum.z(0);

  private CpuTimeRun() {}

  /**
   * Runs the cases named on the command line.
   *
   * @param args seconds of measurement per case, then the cases
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    String[] cases = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
        : new String[] {"eval:4x4", "eval:10x10", "eval:16x10", "eval:20x5"};
    System.out.printf(Locale.ROOT, "# SIMD lanes %d (float %d), plan blocks %s%n",
        Kernels.simdLanes(), FloatPlan.simdLanes(),
        System.getProperty("qml4j.plan.blocks", "default"));
    for (String name : cases) {
      DoubleSupplier op = operation(name);
      double[] q = measure(op, seconds);
      System.out.printf(Locale.ROOT, "%-18s median %10.2f us  (quartiles %.2f - %.2f)%n", name,
          q[1], q[0], q[2]);
    }
  }

  private static DoubleSupplier operation(String name) {
    if (name.startsWith("classifier:")) {
      return classifier(name);
    }
    String[] parts = name.split("[:x]");
    int n = Integer.parseInt(parts[1]);
    int layers = Integer.parseInt(parts[2]);
    double[] theta = Hea.angles(n, layers);
    switch (parts[0]) {
      case "eval":
        return () -> Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
      case "float":
        return () -> Hea.z0(SinglePrecisionSimulator.run(Hea.circuit(n, layers, theta))
            .amplitudes());
      case "adjoint": {
        ParametrizedCircuit circuit = GradientBenchmark.trainableHea(n, layers);
        return () -> Adjoint.gradient(circuit, theta, Z0).value();
      }
      case "generated":
        if (n == 4) {
          return () -> HeaModel.expectation(theta);
        }
        return n == 10 ? () -> Hea10Model.expectation(theta) : () -> Hea16Model.expectation(theta);
      case "generatedAdjoint":
        if (n == 4) {
          return () -> HeaModel.gradient(theta).value();
        }
        return n == 10 ? () -> Hea10Model.gradient(theta).value()
            : () -> Hea16Model.gradient(theta).value();
      default:
        throw new IllegalArgumentException("case: expected eval, float, adjoint, generated or "
            + "generatedAdjoint, got " + name);
    }
  }

  /**
   * The workload of {@link BatchBenchmark}: 10,000 evaluations of the 4-qubit classifier, as
   * single calls ({@code classifier:single}) or one batched call ({@code classifier:batch}).
   */
  private static DoubleSupplier classifier(String name) {
    double[][] xs = ClassifierInputs.points(BatchBenchmark.POINTS, BatchBenchmark.SEED);
    double[] theta = ClassifierInputs.theta(BatchBenchmark.SEED);
    switch (name) {
      case "classifier:single":
        return () -> ClassifierInputs.single(xs, theta);
      case "classifier:batch":
        return () -> ClassifierModel.expectationBatch(xs, theta)[0];
      default:
        throw new IllegalArgumentException(
            "case: expected classifier:single or classifier:batch, got " + name);
    }
  }

  /** Quartiles of CPU time per call in microseconds, after a warm-up as long as the run. */
  private static double[] measure(DoubleSupplier op, double seconds) {
    long budget = (long) (seconds * 1e9);
    double sink = 0;
    // batch size: enough calls for a millisecond, so the clock's cost does not count
    int batch = 1;
    long start = THREADS.getCurrentThreadCpuTime();
    sink += op.getAsDouble();
    long one = Math.max(1, THREADS.getCurrentThreadCpuTime() - start);
    batch = (int) Math.max(1, Math.min(100_000, 1_000_000 / one));
    for (long end = THREADS.getCurrentThreadCpuTime() + budget;
        THREADS.getCurrentThreadCpuTime() < end;) {
      sink += op.getAsDouble();
    }
    double[] samples = new double[4096];
    int count = 0;
    for (long end = THREADS.getCurrentThreadCpuTime() + budget;
        THREADS.getCurrentThreadCpuTime() < end && count < samples.length;) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += op.getAsDouble();
      }
      samples[count++] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / batch;
    }
    if (Double.isNaN(sink)) {
      throw new IllegalStateException("NaN");
    }
    double[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    return new double[] {sorted[count / 4], sorted[count / 2], sorted[3 * count / 4]};
  }
}
