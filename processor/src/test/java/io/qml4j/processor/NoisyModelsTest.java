package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.qml4j.processor.Compiler.compile;
import static io.qml4j.processor.Compiler.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.qml4j.dsl.Paulis;
import io.qml4j.runtime.noise.DensityMatrix;
import io.qml4j.runtime.noise.DensityMatrixSimulator;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.noise.NoisyCircuitBuilder;
import io.qml4j.runtime.observable.PauliSum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models that place noise channels: the generated noisy circuit equals what the runtime's
 * NoisyCircuitBuilder records running the same methods, its density matrix equals the runtime
 * simulator's to 1e-12 (and a closed form), gradients refuse, and constants out of range are
 * compile-time errors at their line.
 */
class NoisyModelsTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void everyChannelKindBetweenFeatureMapAndAnsatzGates() throws Exception {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2, inputs = 2)",
        "  static void f(Q q, double[] x) {",
        "    q.ry(0, x[0]);",
        "    q.bitFlip(0, 0.05);",
        "    q.rx(1, x[1]);",
        "    q.phaseFlip(1, 0.1);",
        "  }",
        "  @Ansatz(qubits = 2, params = 3)",
        "  static void a(Q q, double[] theta) {",
        "    q.depolarizing(0, 0.02);",
        "    q.cnot(0, 1);",
        "    for (int w = 0; w < 2; w++) q.thermalRelaxation(w, 50.0, 70.0, 0.4);",
        "    q.ry(0, theta[0]);",
        "    q.amplitudeDamping(0, 0.1);",
        "    q.rz(1, theta[1]);",
        "    q.phaseDamping(1, 0.2);",
        "    q.crx(0, 1, theta[2]);",
        "    q.depolarizing(1, 0.04 * x0(theta));",
        "  }",
        "  static double x0(double[] theta) { return theta[0] * theta[0] / (1 + theta[0] * theta[0]); }",
        "  @Observable static Pauli zz(Paulis p) { return p.parse(\"Z0 Z1 + 0.5 X0 - 0.3 Y1\"); }",
        "  @Observable static Pauli z1(Paulis p) { return p.z(1); }");
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    Class<?> generated = Compiler.load(c).loadClass("demo.MModel");
    Class<?> modelClass = Compiler.load(c).loadClass("demo.M");
    assertEquals(8, generated.getField("CHANNELS").getInt(null));
    double[] x = {0.7, -1.2};
    double[] theta = {0.4, 1.1, -0.8};
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 0);
    RuntimeAgreement.method(modelClass, "f").invoke(null, b.q(), x);
    RuntimeAgreement.method(modelClass, "a").invoke(null, b.q(), theta);
    NoisyCircuit recorded = b.build();
    NoisyCircuit noisy = (NoisyCircuit) RuntimeAgreement.method(generated, "noisyCircuit")
        .invoke(null, x, theta);
    assertEquals(recorded, noisy);
    DensityMatrix expected = DensityMatrixSimulator.run(recorded).densityMatrix();
    DensityMatrix rho = (DensityMatrix) RuntimeAgreement.method(generated, "densityMatrix")
        .invoke(null, x, theta);
    assertMatrix(expected, rho);
    double[] values = (double[]) RuntimeAgreement.method(generated, "noisyExpectations")
        .invoke(null, x, theta);
    assertEquals(expected.expectation(PauliSum.parse("Z0 Z1 + 0.5 X0 - 0.3 Y1")), values[0],
        TOLERANCE);
    assertEquals(expected.expectation(PauliSum.z(1)), values[1], TOLERANCE);
    assertTrue(rho.purity() < 0.99, "the channels mix the state: purity " + rho.purity());
    // the state-vector members simulate the circuit without its channels
    double ideal = (double) RuntimeAgreement.method(generated, "expectation")
        .invoke(null, x, theta);
    assertTrue(Math.abs(ideal - values[0]) > 1e-3, "noise moves <H>: " + ideal + " " + values[0]);
  }

  @Test
  void depolarizingScalesTheBlochVectorAsItsClosedForm() throws Exception {
    Compilation c = compile(model(
        "  @Ansatz(qubits = 1, params = 1)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); q.depolarizing(0, 0.3); }",
        "  @Observable static Pauli z(Paulis p) { return p.z(0); }"));
    assertThat(c).succeeded();
    Class<?> generated = Compiler.load(c).loadClass("demo.MModel");
    double t = 0.9;
    double value = (double) RuntimeAgreement.method(generated, "noisyExpectation")
        .invoke(null, (Object) new double[] {t});
    assertEquals((1 - 4 * 0.3 / 3) * Math.cos(t), value, TOLERANCE);
  }

  @Test
  void gradientsRefuseAModelWithChannels() throws Exception {
    Compilation c = compile(model(
        "  @Ansatz(qubits = 2, params = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0]);",
        "    q.depolarizing(0, 0.01);",
        "    q.cnot(0, 1);",
        "    q.ry(1, theta[1]);",
        "  }",
        "  @Observable static Pauli z(Paulis p) { return p.z(1); }"));
    assertThat(c).succeeded();
    Class<?> generated = Compiler.load(c).loadClass("demo.MModel");
    Object theta = new double[] {0.3, 0.5};
    for (String name : new String[] {"gradient", "jacobian", "parameterShiftGradient"}) {
      Method m = RuntimeAgreement.method(generated, name);
      Object[] args = m.getParameterCount() == 1 ? new Object[] {theta}
          : new Object[] {theta, 100, 1L};
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> m.invoke(null, args));
      assertTrue(e.getCause() instanceof UnsupportedOperationException, name);
      String message = e.getCause().getMessage();
      assertTrue(message.startsWith(name + ": the model places noise channels "
          + "(q.depolarizing at line 6)"), message);
      assertTrue(message.contains(name.equals("parameterShiftGradient")
          ? "differentiates the state vector without them" : "a channel has no inverse"),
          message);
    }
  }

  @Test
  void aParameterComputedOutOfRangeIsRefusedWithItsLine() throws Exception {
    Compilation c = compile(model(
        "  @Ansatz(qubits = 1, params = 1)",
        "  static void a(Q q, double[] theta) { q.rx(0, theta[0]); q.bitFlip(0, theta[0]); }"));
    assertThat(c).succeeded();
    Method noisy = RuntimeAgreement.method(Compiler.load(c).loadClass("demo.MModel"),
        "noisyCircuit");
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> noisy.invoke(null, (Object) new double[] {1.5}));
    assertEquals("parameters: bitFlip p = 1.5 is not a probability; expected a value in [0, 1] "
        + "(line 4)", e.getCause().getMessage());
  }

  @Test
  void constantsOutOfRangeAreCompileTimeErrorsAtTheirLine() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    q.depolarizing(1, 1.5);",
        "    q.thermalRelaxation(0, 10.0, 30.0, 1.0);",
        "    q.amplitudeDamping(2, 0.1);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.channel] depolarizing p = 1.5 is not a probability; "
        + "expected a value in [0, 1]").inFile(src).onLineContaining("q.depolarizing(1, 1.5)");
    assertThat(c).hadErrorContaining("[qml4j.channel] thermalRelaxation t2 = 30.0 exceeds 2 * t1 "
        + "= 20.0").inFile(src).onLineContaining("q.thermalRelaxation(");
    assertThat(c).hadErrorContaining("[qml4j.wire] wire 2 is out of range for a 2-qubit model "
        + "(wires 0..1)").inFile(src).onLineContaining("q.amplitudeDamping(2, 0.1)");
  }

  @Test
  void aUnitaryBuilderRefusesAChannel() {
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> new io.qml4j.runtime.CircuitBuilder(1).depolarizing(0, 0.1));
    assertTrue(e.getMessage().startsWith("depolarizing(0, ...): CircuitBuilder records unitary "
        + "circuits"), e.getMessage());
    assertTrue(Paulis.class.isInterface());
  }

  private static void assertMatrix(DensityMatrix expected, DensityMatrix actual) {
    for (int r = 0; r < expected.dimension(); r++) {
      for (int k = 0; k < expected.dimension(); k++) {
        assertEquals(expected.real(r, k), actual.real(r, k), TOLERANCE, "re " + r + "," + k);
        assertEquals(expected.imag(r, k), actual.imag(r, k), TOLERANCE, "im " + r + "," + k);
      }
    }
  }
}
