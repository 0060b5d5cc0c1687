package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.qasm.DynamicQasmExporter;
import io.qml4j.runtime.qasm.DynamicQasmImporter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Noise on classically controlled gates, and {@code if} around measure and reset, against
 * density matrices worked out by hand (basis index: wire 0 the most significant bit).
 */
class ConditionalNoiseTest {
  private static final double TOLERANCE = 1e-12;
  private static final double P = 0.09, GAMMA = 0.2, THETA = 1.1;

  @Test
  void aConditionalGateCarriesItsNoiseOnlyWhereItRuns() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 1);
    b.q().h(0);
    b.measure(0, 0);
    b.ifBits(0, 1, 1, q -> q.x(1));
    NoiseModel model = NoiseModel.builder()
        .after(Channels.depolarizing(P), Gate.X) // the one-pass kernel
        .after(Channels.amplitudeDamping(GAMMA), Gate.X) // the superoperator
        .build();
    NoisyCircuit noisy = model.apply(b.build());
    assertEquals(5, noisy.instructions().size());
    assertTrue(noisy.instructions().get(3) instanceof Instruction.Conditional);
    // record 0 (1/2): |00>; record 1 (1/2): X then depolarizing leaves |1> with 1 - 2P/3, then
    // damping keeps (1 - GAMMA) of that
    double one = (1 - 2 * P / 3) * (1 - GAMMA);
    double[][] expected = new double[4][4];
    expected[0][0] = 0.5;
    expected[2][2] = 0.5 * (1 - one);
    expected[3][3] = 0.5 * one;
    assertMatrix(expected, new double[4][4], DensityMatrixSimulator.run(noisy).densityMatrix());
    // the same noise on trajectories: <Z1> = 1 - 2 P(wire 1 reads 1)
    TrajectoryResult t = TrajectorySimulator.run(noisy, List.of(PauliSum.z(1)), 4000, 5);
    assertEquals(1 - one, t.mean(0), 5 * t.standardError(0));
  }

  @Test
  void aConditionalMeasurementSplitsOnlyTheBranchesItRunsIn() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 2);
    b.q().h(0);
    b.measure(0, 0);
    b.q().ry(1, THETA);
    b.measureIf(0, 1, 1, 1, 1);
    DensityMatrixResult r = DensityMatrixSimulator.run(b.build());
    double c = Math.cos(THETA / 2), s = Math.sin(THETA / 2);
    double[] records = r.recordProbabilities();
    assertEquals(0.5, records[0], TOLERANCE);
    assertEquals(0.5 * c * c, records[1], TOLERANCE);
    assertEquals(0, records[2], TOLERANCE);
    assertEquals(0.5 * s * s, records[3], TOLERANCE);
    // record 0 keeps wire 1 coherent: 1/2 |0><0| (x) RY|0><0|RY^dagger
    double[][] expected = new double[4][4];
    expected[0][0] = 0.5 * c * c;
    expected[0][1] = expected[1][0] = 0.5 * c * s;
    expected[1][1] = 0.5 * s * s;
    expected[2][2] = 0.5 * c * c;
    expected[3][3] = 0.5 * s * s;
    assertMatrix(expected, new double[4][4], r.densityMatrix());
    for (DensityMatrixResult.Branch branch : r.branches()) {
      if (branch.bits() == 0) {
        assertEquals(0.5 * c * s, branch.state().real(0, 1), TOLERANCE);
      }
    }
  }

  @Test
  void aConditionalResetActsOnlyWhereItsRecordHolds() {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 1);
    b.q().h(0);
    b.measure(0, 0);
    b.q().h(1);
    b.resetIf(0, 1, 1, 1);
    // 1/2 |0+><0+| + 1/2 |10><10|
    double[][] expected = new double[4][4];
    expected[0][0] = expected[0][1] = expected[1][0] = expected[1][1] = 0.25;
    expected[2][2] = 0.5;
    assertMatrix(expected, new double[4][4],
        DensityMatrixSimulator.run(b.build()).densityMatrix());
  }

  @Test
  void openQasmIfAroundMeasureAndResetImportsSimulatesAndExports() {
    String program = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg a[1];\n"
        + "creg b[1];\nh q[0];\nmeasure q[0] -> a[0];\nry(" + THETA + ") q[1];\n"
        + "if (a==1) measure q[1] -> b[0];\nif (a==0) reset q[1];\n";
    NoisyCircuit circuit = DynamicQasmImporter.parse(program);
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 2);
    b.q().h(0);
    b.measure(0, 0);
    b.q().ry(1, THETA);
    b.measureIf(0, 1, 1, 1, 1);
    b.resetIf(0, 1, 0, 1);
    assertEquals(b.build(), circuit);
    // record a=0 (1/2): |00> after the reset; a=1: wire 1 measured, b = 1 with sin^2
    double c = Math.cos(THETA / 2), s = Math.sin(THETA / 2);
    double[][] expected = new double[4][4];
    expected[0][0] = 0.5;
    expected[2][2] = 0.5 * c * c;
    expected[3][3] = 0.5 * s * s;
    DensityMatrixResult r = DensityMatrixSimulator.run(circuit);
    assertMatrix(expected, new double[4][4], r.densityMatrix());
    assertEquals(0.5 * s * s, r.recordProbabilities()[3], TOLERANCE);
    TrajectoryResult t = TrajectorySimulator.run(circuit, List.of(PauliSum.z(1)), 4000, 2);
    Map<Long, Integer> counts = t.recordCounts();
    double sigma = Math.sqrt(0.25 * s * s * (1 - 0.5 * s * s) / 4000) * 4000;
    assertEquals(0.5 * s * s * 4000, counts.getOrDefault(3L, 0), 5 * sigma);
    String qasm3 = DynamicQasmExporter.toQasm3(circuit);
    assertTrue(qasm3.contains("if (c[0] == 1) {\n  c[1] = measure q[1];\n}\n"), qasm3);
    assertTrue(qasm3.contains("if (c[0] == 0) {\n  reset q[1];\n}\n"), qasm3);
  }

  @Test
  void aConditionalInsideAConditionalIsRefused() {
    Instruction.Conditional inner = new Instruction.Conditional(new Instruction.Reset(0), 0, 1, 1);
    ChannelsTest.assertMessage("body: expected a gate, channel, measurement or reset, got a "
        + "conditional " + inner, () -> new Instruction.Conditional(inner, 0, 1, 0));
  }

  private static void assertMatrix(double[][] re, double[][] im, DensityMatrix rho) {
    for (int r = 0; r < re.length; r++) {
      for (int c = 0; c < re.length; c++) {
        assertEquals(re[r][c], rho.real(r, c), TOLERANCE, "re(" + r + "," + c + ")");
        assertEquals(im[r][c], rho.imag(r, c), TOLERANCE, "im(" + r + "," + c + ")");
      }
    }
  }
}
