package io.qml4j.processor.gradient;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.processor.QuantumModelProcessor;
import io.qml4j.runtime.gradient.Gradient;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated backward sweep reorders gates: it holds a rotation back until its partner on the
 * same wire arrives (one {@code rotationPair} step) and joins a CNOT with the two rotations it
 * meets next on its target ({@code cnotRotationPair}). This model has every case the schedule
 * distinguishes: a ring whose links have their control above and below the target, rotations
 * waiting across gates on other wires, a rotation flushed alone by a two-qubit gate on its wire,
 * a CNOT whose next rotation on the target is fixed (no join), rotations on a CNOT's control, and
 * optimisation off so that nothing is merged away. Adjoint must still agree with parameter shift
 * and with central differences.
 */
class AdjointScheduleTest {
  private static final JavaFileObject RING = JavaFileObjects.forSourceLines("demo.Ring",
      "package demo;",
      "import io.qml4j.dsl.*;",
      "@QuantumModel(optimize = false)",
      "abstract class Ring {",
      "  static final int N = 4;",
      "  @Ansatz(qubits = N, params = 27)",
      "  static void a(Q q, double[] theta) {",
      "    int k = 0;",
      "    for (int l = 0; l < 2; l++) {",
      "      for (int i = 0; i < N; i++) q.ry(i, theta[k++]);",
      "      for (int i = 0; i < N; i++) q.rz(i, theta[k++]);",
      "      for (int i = 0; i < N; i++) q.cnot(i, (i + 1) % N);",
      "    }",
      "    q.rx(2, theta[k++]);",
      "    q.cnot(3, 2);",
      "    q.ry(2, 0.4);",
      "    q.rz(2, theta[k++]);",
      "    q.cnot(1, 0);",
      "    q.ry(0, theta[k++]);",
      "    q.crx(0, 1, theta[k++]);",
      "    q.rx(1, theta[k++]);",
      "    q.rz(3, theta[k++]);",
      "    q.cnot(3, 1);",
      "    q.rx(3, theta[k++]);",
      "    q.ry(3, theta[k++]);",
      "    q.rz(0, theta[k++] * theta[0]);",
      "    q.ry(0, theta[k++]);",
      "    q.cnot(0, 3);",
      "  }",
      "  @Observable static Pauli h(Paulis p) {",
      "    return p.z(0).plus(p.x(3).times(p.y(1)).scale(0.5)).plus(p.z(2).scale(-0.25));",
      "  }",
      "}");

  private static GeneratedModel model;
  private static String source;

  @BeforeAll
  static void compile() throws IOException {
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new QuantumModelProcessor()).compile(RING);
    assertThat(c).succeeded();
    model = GeneratedModel.load(c).get("demo.RingModel");
    source = c.generatedSourceFile("demo.RingModel").orElseThrow().getCharContent(true)
        .toString();
  }

  @Test
  void theScheduleUsesEveryKindOfStep() {
    assertTrue(source.contains("AdjointSteps.cnotRotationPair("), "no CNOT joined to a pair");
    assertTrue(source.contains("AdjointSteps.rotationPair("), "no pair of rotations");
    assertTrue(source.contains("AdjointSteps.rx("), "no rotation alone");
  }

  @Test
  void adjointAgreesWithParameterShiftAndFiniteDifferences() {
    SplittableRandom random = new SplittableRandom(12L);
    for (int trial = 0; trial < 3; trial++) {
      double[] theta = new double[model.constant("PARAMS")];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = random.nextDouble(-Math.PI, Math.PI);
      }
      Gradient adjoint = model.call("gradient", null, theta);
      Gradient shift = model.call("parameterShiftGradient", null, theta);
      double value = model.call("expectation", null, theta);
      assertEquals(value, adjoint.value(), 1e-12);
      assertArrayEquals(shift.theta(), adjoint.theta(), 1e-10, "adjoint against parameter shift");
      assertArrayEquals(RandomModelGradientsTest.centralTheta(model, null, theta),
          adjoint.theta(), 1e-7, "adjoint against central differences");
      double largest = 0;
      for (double d : adjoint.theta()) {
        largest = Math.max(largest, Math.abs(d));
      }
      assertTrue(largest > 1e-2, "a vanishing gradient would make the comparison vacuous");
    }
  }
}
