package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated models whose CNOTs and diagonal gates run as phase tables (emit.PhaseRuns) against
 * the runtime simulating the circuit as written: the ZZ feature map, whose CNOT pairs cancel, and
 * a run of every diagonal kind after CNOTs that do not cancel.
 */
class PhaseRunsTest {
  private static final JavaFileObject MODEL = JavaFileObjects.forSourceLines("demo.Runs",
      "package demo;",
      "import io.qml4j.dsl.*;",
      "@QuantumModel(optimize = false)",
      "abstract class Runs {",
      "  @FeatureMap(qubits = 5, inputs = 5)",
      "  static void map(Q q, double[] x) {",
      "    q.zzFeatureMap(x, 2);",
      "    q.cnot(0, 3); q.cnot(3, 4);",
      "    q.cz(0, 4); q.controlledPhase(4, 1, x[1] * x[2]); q.crz(3, 2, x[0]);",
      "    q.isingZZ(1, 4, x[3]); q.multiRZ(x[4], 0, 2, 4); q.rz(4, 0.7); q.t(3); q.s(0);",
      "    q.cnot(2, 0);",
      "  }",
      "}");

  @Test
  void phaseTablesAgreeWithTheRuntime() throws Exception {
    Compilation c = Compiler.compile(MODEL);
    assertThat(c).succeededWithoutWarnings();
    String source = Compiler.source(c, "demo.RunsModel");
    assertTrue(source.contains("PhasePolynomial.both("), "a controlled phase after CNOTs");
    assertTrue(source.contains("the run's CNOTs cancel"), "the ZZ sandwiches");
    Class<?> model = Compiler.load(c).loadClass("demo.RunsModel");
    double[][] points = {{0.3, 1.9, 2.5, 4.4, 5.8}, {6.1, 0.2, 3.3, 1.0, 2.7}};
    for (double[] x : points) {
      Circuit written = (Circuit) RuntimeAgreement.method(model, "circuit").invoke(null, x);
      StateVector generated = (StateVector) RuntimeAgreement.method(model, "state")
          .invoke(null, (Object) x);
      assertEquals(5, generated.qubits());
      RuntimeAgreement.assertClose(Simulator.run(written).amplitudes(), generated.amplitudes(),
          "state");
    }
  }
}
