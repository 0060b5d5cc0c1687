package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.qml4j.runtime.observable.PauliSum;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/** The model of docs/design.md, "The user's view", compiled and checked against the runtime. */
class ClassifierModelTest {
  static final String[] SOURCE = {
      "package demo;",
      "import io.qml4j.dsl.*;",
      "public abstract class Classifier {",
      "  static final int N = 4, LAYERS = 3;",
      "  @FeatureMap(qubits = N)",
      "  static void encode(Q q, double[] x) {",
      "    for (int i = 0; i < N; i++) { q.h(i); q.rz(i, 2 * x[i]); }",
      "  }",
      "  @Ansatz(qubits = N)",
      "  static void layers(Q q, double[] theta) {",
      "    for (int l = 0; l < LAYERS; l++) {",
      "      for (int i = 0; i < N; i++) {",
      "        q.rot(i, theta[3 * (l * N + i)], theta[3 * (l * N + i) + 1], theta[3 * (l * N + i) + 2]);",
      "      }",
      "      for (int i = 0; i < N; i++) q.cnot(i, (i + 1) % N);",
      "    }",
      "  }",
      "  @Observable",
      "  static Pauli readout(Paulis p) { return p.z(0); }",
      "  @Observable",
      "  static Pauli correlations(Paulis p) {",
      "    Pauli h = p.z(0).times(p.z(1)).scale(0.5);",
      "    for (int i = 1; i < N; i++) h = h.plus(p.x(i).scale(0.25 * i));",
      "    return h.minus(p.parse(\"0.5 Y1 Y2 + 1.5\"));",
      "  }",
      "}"};

  @Test
  void compilesWithoutDiagnosticsAndAgreesWithTheRuntime() throws Exception {
    Compilation c = Compiler.compile("demo.Classifier", SOURCE);
    assertThat(c).succeededWithoutWarnings();
    RuntimeAgreement check = new RuntimeAgreement(Compiler.load(c), "demo.Classifier", "encode",
        "layers", "readout", "correlations");
    assertEquals(4, check.constant("QUBITS"));
    assertEquals(36, check.constant("PARAMS"));
    assertEquals(4, check.constant("INPUTS"));
    check.check(7);
  }

  @Test
  void observableConstantsNeverClash() throws Exception {
    Compilation c = Compiler.compile("demo.Names",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Names {",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "  @Observable static Pauli zz(Paulis p) { return p.z(0).times(p.z(1)); }",
        "  @Observable static Pauli ZZ(Paulis p) { return p.z(1); }",
        "  @Observable static Pauli gates(Paulis p) { return p.x(0); }",
        "}");
    assertThat(c).succeededWithoutWarnings();
    Class<?> g = Compiler.load(c).loadClass("demo.NamesModel");
    assertEquals(PauliSum.parse("Z0 Z1"), g.getField("ZZ").get(null));
    assertEquals(PauliSum.parse("Z1"), g.getField("ZZ_").get(null));
    assertEquals(PauliSum.parse("X0"), g.getField("GATES_").get(null));
    assertEquals(1, g.getField("GATES").getInt(null));
  }

  @Test
  void kernelIsTheFidelityOfFeatureStates() throws Exception {
    Compilation c = Compiler.compile("demo.Classifier", SOURCE);
    Class<?> g = Compiler.load(c).loadClass("demo.ClassifierModel");
    double[] x1 = {0.1, 0.2, 0.3, 0.4};
    double[] x2 = {0.4, -0.2, 1.3, 0.0};
    double same = (double) RuntimeAgreement.method(g, "kernel").invoke(null, x1, x1);
    assertEquals(1.0, same, 1e-12);
    // The feature map is H then RZ(2 x_i) per wire: a product state whose overlap per wire is
    // |<+|RZ(2 a)^dagger RZ(2 b)|+>|^2 = cos^2(b - a).
    double expected = 1;
    for (int i = 0; i < 4; i++) {
      expected *= Math.pow(Math.cos(x2[i] - x1[i]), 2);
    }
    assertEquals(expected, (double) RuntimeAgreement.method(g, "kernel").invoke(null, x1, x2),
        1e-12);
  }

  @Test
  void generatedMethodsRejectBadArguments() throws Exception {
    Compilation c = Compiler.compile("demo.Classifier", SOURCE);
    Class<?> g = Compiler.load(c).loadClass("demo.ClassifierModel");
    InvocationTargetException shortX = assertThrows(InvocationTargetException.class,
        () -> RuntimeAgreement.method(g, "expectation").invoke(null, new double[3],
            new double[36]));
    assertEquals("x: expected 4 values, got 3", shortX.getCause().getMessage());
    double[] theta = new double[36];
    theta[5] = Double.NaN;
    InvocationTargetException nan = assertThrows(InvocationTargetException.class,
        () -> RuntimeAgreement.method(g, "state").invoke(null, new double[4], theta));
    assertTrue(nan.getCause() instanceof IllegalArgumentException);
    assertEquals("theta: element 5 is NaN, expected a finite number",
        nan.getCause().getMessage());
  }
}
