package io.qml4j.samples.bench;

import io.qml4j.runtime.Parallelism;
import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.SinglePrecisionSimulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.kernel.FloatPlan;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.ml.kernel.CircuitFeatureMap;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.samples.bench.models.Hea10Model;
import io.qml4j.samples.bench.models.Hea16Model;
import io.qml4j.samples.bench.models.Hea20Model;
import io.qml4j.samples.bench.models.HeaModel;
import io.qml4j.samples.models.ClassifierModel;
import io.qml4j.samples.models.ZzKernelModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * The HEA workloads of {@link HeaBenchmark}, {@link GradientBenchmark} and the generated models,
 * timed in CPU time of the calling thread instead of wall-clock time: on a machine shared with a
 * load of 20 or more, JMH's wall-clock medians stretch with the queue for a core, while the CPU
 * time a call takes moves far less. Prints the median and quartiles per call over batches of
 * calls of at least a millisecond, and beside them the medians of wall time and of the CPU time
 * of the calling thread and the kernels' helper threads together. Usage:
 * {@code CpuTimeRun [seconds per case] [case ...]}, cases such as {@code eval:20x5},
 * {@code float:20x5} (the same in single precision), {@code adjoint:10x10},
 * {@code generated:4x4}, {@code generatedAdjoint:10x10}, {@code classifier:single} and
 * {@code classifier:batch} (10,000 classifier evaluations per call, {@link BatchBenchmark}),
 * {@code zzstates:single} and {@code zzstates:batch} (the 500 ZZ feature-map states of
 * {@link KernelMatrixBenchmark} through the generated model, one by one or batched), and
 * the kernel matrix of {@link KernelMatrixBenchmark} on this thread alone:
 * {@code kernel:products}, {@code kernel:productsBefore} (the baseline loop),
 * {@code kernel:preparation} (its 500 states), {@code kernel:matrix} and
 * {@code kernel:matrixBefore} (both halves), {@code kernel:compiledMatrix} and
 * {@code kernel:compiledMatrixBefore} (the same with the states from the compiled
 * {@code ZzKernelModel}), and {@code kernel:ejml} (the products as EJML's
 * complex {@code A A^H}, the full square, for comparison). Adjoint and eval of one size in one run give the
 * ratio that docs/figures.md, Gradients, reports. A suffix {@code @2} runs {@code eval} through
 * {@code ParallelSimulator}, {@code adjoint} through {@code Adjoint.gradient(..., threads)} and
 * {@code generated} with {@code Parallelism.setThreads} on that many threads
 * ({@code eval:16x10@2}). A two-thread call's own CPU time is only the calling
 * thread's share: compare its CPU time with the helpers' against the one-thread case's (the
 * difference is what splitting costs, waiting included), and its wall time only on a quiet
 * machine.
 */
public final class CpuTimeRun {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Name prefix of the runtime's kernel helper threads. */
  private static final String HELPERS = "qml4j-kernel-";
  private static final PauliSum Z0 = PauliSum.z(0);
  /** The same ZZ feature map compiled by the processor ({@code ZzKernel}, 6 qubits, 2 reps). */
  private static final StatePreparation ZZ_MODEL = ZzKernelModel::state;

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
      System.out.printf(Locale.ROOT, "%-18s median %10.2f us  (quartiles %.2f - %.2f)  "
          + "wall %10.2f us  with helpers %10.2f us%n", name, q[1], q[0], q[2], q[3], q[4]);
    }
  }

  /** The operation a case names, as {@link #main} times it (also {@link SideBySide}'s). */
  static DoubleSupplier operation(String name) {
    if (name.startsWith("classifier:")) {
      return classifier(name);
    }
    if (name.startsWith("zzstates:")) {
      return zzStates(name);
    }
    if (name.startsWith("kernel:")) {
      return kernelOperation(name.substring("kernel:".length()));
    }
    String[] parts = name.split("[:x@]");
    int n = Integer.parseInt(parts[1]);
    int layers = Integer.parseInt(parts[2]);
    int threads = parts.length > 3 ? Integer.parseInt(parts[3]) : 1;
    double[] theta = Hea.angles(n, layers);
    switch (parts[0]) {
      case "eval":
        if (threads > 1) {
          return () -> Hea.z0(ParallelSimulator.run(Hea.circuit(n, layers, theta), threads));
        }
        return () -> Hea.z0(Simulator.run(Hea.circuit(n, layers, theta)));
      case "float":
        return () -> Hea.z0(SinglePrecisionSimulator.run(Hea.circuit(n, layers, theta))
            .amplitudes());
      case "adjoint": {
        ParametrizedCircuit circuit = GradientBenchmark.trainableHea(n, layers);
        if (threads > 1) {
          return () -> Adjoint.gradient(circuit, theta, new double[0], Z0, threads).value();
        }
        return () -> Adjoint.gradient(circuit, theta, Z0).value();
      }
      case "generated": {
        Parallelism.setThreads(threads);
        DoubleSupplier model = generated(n, theta);
        // set on every call: the cases of one run share the JVM-wide setting
        return () -> {
          Parallelism.setThreads(threads);
          return model.getAsDouble();
        };
      }
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

  private static DoubleSupplier generated(int n, double[] theta) {
    switch (n) {
      case 4:
        return () -> HeaModel.expectation(theta);
      case 10:
        return () -> Hea10Model.expectation(theta);
      case 16:
        return () -> Hea16Model.expectation(theta);
      case 20:
        return () -> Hea20Model.expectation(theta);
      default:
        throw new IllegalArgumentException("case: generated models are 4x4, 10x10, 16x10 and "
            + "20x5, got " + n + " qubits");
    }
  }

  /**
   * The state preparations of {@link KernelMatrixBenchmark}'s 500 points through the generated
   * ZZ feature map ({@code ZzKernelModel}, 6 qubits, 2 repetitions): one {@code state(x)} call per
   * point ({@code zzstates:single}) or one {@code statesBatch} call ({@code zzstates:batch}).
   */
  private static DoubleSupplier zzStates(String name) {
    double[][] points = KernelMatrixBenchmark.points();
    switch (name) {
      case "zzstates:single":
        return () -> {
          double sum = 0;
          for (double[] p : points) {
            sum += ZzKernelModel.state(p).amplitudes()[0];
          }
          return sum;
        };
      case "zzstates:batch":
        return () -> ZzKernelModel.statesBatch(points)[0].amplitudes()[0];
      default:
        throw new IllegalArgumentException(
            "case: expected zzstates:single or zzstates:batch, got " + name);
    }
  }

  private static DoubleSupplier kernelOperation(String which) {
    double[][] points = KernelMatrixBenchmark.points();
    StatePreparation map = CircuitFeatureMap.zz(KernelMatrixBenchmark.QUBITS,
        KernelMatrixBenchmark.REPS);
    StateVector[] states = prepare(map, points);
    switch (which) {
      case "products":
        return () -> KernelMatrixBenchmark.gramOneThread(states)[1][2];
      case "productsBefore":
        return () -> KernelMatrixBenchmark.gramBeforeOneThread(states)[1][2];
      case "preparation":
        return () -> prepare(map, points)[1].amplitudes()[2];
      case "matrix":
        return () -> KernelMatrixBenchmark.gramOneThread(prepare(map, points))[1][2];
      case "matrixBefore":
        return () -> KernelMatrixBenchmark.gramBeforeOneThread(prepare(map, points))[1][2];
      case "compiledMatrix":
        return () -> KernelMatrixBenchmark.gramOneThread(prepare(ZZ_MODEL, points))[1][2];
      case "compiledMatrixBefore":
        return () -> KernelMatrixBenchmark.gramBeforeOneThread(prepare(ZZ_MODEL, points))[1][2];
      case "ejml":
        return () -> ejmlGram(states)[1][2];
      default:
        throw new IllegalArgumentException("case: expected kernel:products, productsBefore, "
            + "preparation, matrix, matrixBefore, compiledMatrix, compiledMatrixBefore or ejml, "
            + "got kernel:" + which);
    }
  }

  /** {@code |A A^H|^2} entry by entry with EJML, A holding one interleaved state per row. */
  private static double[][] ejmlGram(StateVector[] states) {
    int n = states.length;
    int d = states[0].amplitudes().length;
    ZMatrixRMaj a = new ZMatrixRMaj(n, d / 2);
    for (int i = 0; i < n; i++) {
      System.arraycopy(states[i].amplitudes(), 0, a.data, i * d, d);
    }
    ZMatrixRMaj c = new ZMatrixRMaj(n, n);
    CommonOps_ZDRM.multTransB(a, a, c);
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double re = c.data[2 * (i * n + j)];
        double im = c.data[2 * (i * n + j) + 1];
        k[i][j] = re * re + im * im;
      }
    }
    return k;
  }

  private static StateVector[] prepare(StatePreparation map, double[][] points) {
    StateVector[] states = new StateVector[points.length];
    for (int i = 0; i < points.length; i++) {
      states[i] = map.prepare(points[i].clone());
    }
    return states;
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
    long calls = 0;
    long start = THREADS.getCurrentThreadCpuTime();
    for (long end = start + budget; THREADS.getCurrentThreadCpuTime() < end; calls++) {
      sink += op.getAsDouble();
    }
    // batch size from the warmed-up calls: enough for a millisecond, so that the clocks' cost
    // (and the helper threads' accounting, done outside the timed part) does not count
    long one = Math.max(1, (THREADS.getCurrentThreadCpuTime() - start) / Math.max(1, calls));
    int batch = (int) Math.max(1, Math.min(100_000, 1_000_000 / one));
    double[] samples = new double[4096];
    double[] walls = new double[samples.length];
    double[] withHelpers = new double[samples.length];
    int count = 0;
    for (long end = THREADS.getCurrentThreadCpuTime() + budget;
        THREADS.getCurrentThreadCpuTime() < end && count < samples.length;) {
      long h0 = helperCpuTime();
      long t0 = THREADS.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        sink += op.getAsDouble();
      }
      walls[count] = (System.nanoTime() - w0) / 1e3 / batch;
      long own = THREADS.getCurrentThreadCpuTime() - t0;
      withHelpers[count] = (own + helperCpuTime() - h0) / 1e3 / batch;
      samples[count++] = own / 1e3 / batch;
    }
    if (Double.isNaN(sink)) {
      throw new IllegalStateException("NaN");
    }
    double[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    return new double[] {sorted[count / 4], sorted[count / 2], sorted[3 * count / 4],
        median(walls, count), median(withHelpers, count)};
  }

  /** CPU time of the kernels' helper threads so far (threads that ended no longer count). */
  private static long helperCpuTime() {
    long sum = 0;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(HELPERS)) {
        sum += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
      }
    }
    return sum;
  }

  private static double median(double[] values, int count) {
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return sorted[count / 2];
  }
}
