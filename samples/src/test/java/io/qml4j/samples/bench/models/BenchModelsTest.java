package io.qml4j.samples.bench.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Parallelism;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The benchmark models, whose circuits are written once in {@link HeaLayers}: each generated
 * model's {@code circuit(...)} equals both the gate list the runtime's CircuitBuilder records for
 * the same method and the gate list spelled out here from the workload's definition in
 * docs/benchmarks.md, and the expectations at the published angles equal the reference values
 * agreed by every double-precision peer there.
 */
class BenchModelsTest {
  /** Both sides are exact double-precision simulations; they differ only by rounding. */
  private static final double TOLERANCE = 1e-12;

  private final SplittableRandom random = new SplittableRandom(2026);

  @Test
  void heaModelsAreTheWorkloadAtEverySize() {
    double[] theta4 = theta(HeaModel.PARAMS);
    check(HeaModel.circuit(theta4), Hea::circuit, theta4, 4, 4, false);
    double[] theta10 = theta(Hea10Model.PARAMS);
    check(Hea10Model.circuit(theta10), Hea10::circuit, theta10, 10, 10, false);
    double[] theta16 = theta(Hea16Model.PARAMS);
    check(Hea16Model.circuit(theta16), Hea16::circuit, theta16, 16, 10, false);
  }

  @Test
  void deepModelsHaveFiveGatesPerWirePerLayer() {
    double[] theta = theta(DeepHeaModel.PARAMS);
    assertEquals(5000, DeepHeaModel.GATES);
    check(DeepHeaModel.circuit(theta), DeepHea::circuit, theta, 20, 50, true);
    assertEquals(5000, DeepHea10Model.GATES);
    double[] theta10 = theta(DeepHea10Model.PARAMS);
    check(DeepHea10Model.circuit(theta10), DeepHea10::circuit, theta10, 10, 100, true);
  }

  @Test
  void expectationsAtThePublishedAnglesEqualTheReferenceValues() throws IOException {
    double[] theta4 = angles(4, 4);
    assertEquals(-0.354185514443131, HeaModel.expectation(theta4), TOLERANCE);
    assertEquals(builderExpectation(hea(4, 4, theta4, false)), HeaModel.expectation(theta4),
        TOLERANCE);
    assertArrayEquals(Simulator.run(hea(4, 4, theta4, false)).amplitudes(),
        HeaModel.state(theta4).amplitudes(), TOLERANCE);
    assertEquals(0.0357579774757029, Hea10Model.expectation(angles(10, 10)), TOLERANCE);
    double[] theta16 = angles(16, 10);
    assertEquals(-0.00661148969973959, Hea16Model.expectation(theta16), TOLERANCE);
    assertEquals(builderExpectation(hea(16, 10, theta16, false)),
        Hea16Model.expectation(theta16), TOLERANCE);
  }

  /**
   * The 16- and 20-qubit models, above the threshold from which generated models run on several
   * threads, give the reference values on one, two and three threads: the unrolled code, then
   * the runtime's plan split across threads, whose amplitudes do not depend on the thread count.
   */
  @Test
  void largeModelsGiveTheReferenceValuesOnAnyThreadCount() throws IOException {
    double[] theta16 = angles(16, 10);
    double[] theta20 = angles(20, 5);
    int before = Parallelism.threads();
    try {
      Parallelism.setThreads(1);
      double[] serial16 = Hea16Model.state(theta16).amplitudes();
      assertEquals(-0.000154637239610845, Hea20Model.expectation(theta20), TOLERANCE);
      Parallelism.setThreads(2);
      double[] two16 = Hea16Model.state(theta16).amplitudes();
      assertArrayEquals(serial16, two16, TOLERANCE);
      assertEquals(-0.00661148969973959, Hea16Model.expectation(theta16), TOLERANCE);
      assertEquals(-0.000154637239610845, Hea20Model.expectation(theta20), TOLERANCE);
      Parallelism.setThreads(3);
      assertArrayEquals(two16, Hea16Model.state(theta16).amplitudes());
    } finally {
      Parallelism.setThreads(before);
    }
  }

  /** The generated circuit equals the builder's run of the method and the spelled-out list. */
  private static void check(Circuit generated, BiConsumer<CircuitBuilder, double[]> method,
      double[] theta, int n, int layers, boolean deep) {
    CircuitBuilder q = new CircuitBuilder(n);
    method.accept(q, theta);
    assertEquals(q.build(), generated);
    assertEquals(hea(n, layers, theta, deep), generated);
  }

  /**
   * The workload as docs/benchmarks.md defines it, gate by gate. HEA: per layer RY(theta[2nl +
   * w]) on every wire, RZ(theta[2nl + n + w]), then CNOT(w, w + 1 mod n). Deep: per layer and
   * wire RY(theta[3nl + w]) then RZ(theta[3nl + n + w]), a CNOT ring, RX(theta[3nl + 2n + w]),
   * then CZ(w, w + 2 mod n).
   */
  private static Circuit hea(int n, int layers, double[] theta, boolean deep) {
    List<Operation> ops = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      int base = (deep ? 3 : 2) * n * l;
      for (int w = 0; w < n && deep; w++) {
        ops.add(Operation.of(Gate.RY, new int[] {w}, theta[base + w]));
        ops.add(Operation.of(Gate.RZ, new int[] {w}, theta[base + n + w]));
      }
      for (int w = 0; w < n && !deep; w++) {
        ops.add(Operation.of(Gate.RY, new int[] {w}, theta[base + w]));
      }
      for (int w = 0; w < n && !deep; w++) {
        ops.add(Operation.of(Gate.RZ, new int[] {w}, theta[base + n + w]));
      }
      for (int w = 0; w < n; w++) {
        ops.add(Operation.of(Gate.CNOT, new int[] {w, (w + 1) % n}));
      }
      for (int w = 0; w < n && deep; w++) {
        ops.add(Operation.of(Gate.RX, new int[] {w}, theta[base + 2 * n + w]));
      }
      for (int w = 0; w < n && deep; w++) {
        ops.add(Operation.of(Gate.CZ, new int[] {w, (w + 2) % n}));
      }
    }
    return new Circuit(n, ops);
  }

  private double[] theta(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(0, 2 * Math.PI);
    }
    return v;
  }

  private static double builderExpectation(Circuit c) {
    return Expectation.of(Simulator.run(c), PauliSum.z(0));
  }

  /** The published angles of a docs/benchmarks.md case: a line "n L", then 2nL doubles. */
  private static double[] angles(int n, int layers) throws IOException {
    String name = "/bench/angles_n" + n + "_L" + layers + ".txt";
    try (InputStream in = BenchModelsTest.class.getResourceAsStream(name)) {
      String[] tokens = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()
          .split("\\s+");
      double[] theta = new double[2 * n * layers];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = Double.parseDouble(tokens[k + 2]);
      }
      return theta;
    }
  }
}
