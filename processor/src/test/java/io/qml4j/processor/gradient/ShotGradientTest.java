package io.qml4j.processor.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.gradient.Gradient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shot-based parameter shift converges to the exact gradient. Each shifted expectation of
 * {@code H = Z_1 + 0.5 X_0} is a mean of N shots of eigenvalues, so its standard deviation is at
 * most {@code ||H||_1 / sqrt(N) = 1.5 / sqrt(N)}; a slot's derivative sums shifted expectations
 * with weights of absolute sum 1 (two-term: 1/2 + 1/2; four-term: 2 (near + far) = 1), and
 * component k adds the slots reading theta[k] weighted by {@code |d angle / d theta[k]|}
 * (here 1.5, 1 and 1). The stated bound: every component within 5 of those standard deviations,
 * for N = 100, 10,000 and 250,000 with a fixed seed.
 */
class ShotGradientTest {
  private static final double NORM = 1.5;
  private static final double[] CHAIN = {1.5, 1, 1};
  private static final double[] THETA = {0.7, -1.2, 0.4};
  private static GeneratedModel model;

  @BeforeAll
  static void compile() {
    model = GeneratedModel.compile(JavaFileObjects.forSourceLines("demo.Shots",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Shots {",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0]);",
        "    q.cry(0, 1, theta[1]);",
        "    q.rx(1, theta[0] * 0.5 + theta[2]);",
        "  }",
        "  @Observable",
        "  static Pauli h(Paulis p) { return p.z(1).plus(p.x(0).scale(0.5)); }",
        "}")).get("demo.ShotsModel");
  }

  @Test
  void shotGradientsConvergeWithinTheStatedBound() {
    Gradient exact = model.call("gradient", null, THETA);
    double[] errors = new double[3];
    int[] shots = {100, 10_000, 250_000};
    for (int i = 0; i < shots.length; i++) {
      Gradient g = model.call("parameterShiftGradient", null, THETA, shots[i], 2026L);
      double sigma = NORM / Math.sqrt(shots[i]);
      assertEquals(exact.value(), g.value(), 5 * sigma, "value, " + shots[i] + " shots");
      for (int k = 0; k < THETA.length; k++) {
        double error = Math.abs(g.theta()[k] - exact.theta()[k]);
        assertTrue(error <= 5 * sigma * CHAIN[k], String.format(
            "theta[%d], %d shots: error %.4g over the bound %.4g", k, shots[i], error,
            5 * sigma * CHAIN[k]));
        errors[i] = Math.max(errors[i], error);
      }
    }
    assertTrue(errors[2] < errors[0] / 10, "the error shrinks with shots: " + errors[0] + " -> "
        + errors[2]);
    assertTrue(errors[2] < 0.02, "250,000 shots: worst error " + errors[2]);
  }

  @Test
  void theSeedFixesTheEstimate() {
    Gradient a = model.call("parameterShiftGradient", null, THETA, 1000, 5L);
    Gradient b = model.call("parameterShiftGradient", null, THETA, 1000, 5L);
    Gradient c = model.call("parameterShiftGradient", null, THETA, 1000, 6L);
    assertArrayEquals(a.theta(), b.theta(), 0);
    assertEquals(a.value(), b.value(), 0);
    assertNotEquals(a.theta()[0], c.theta()[0]);
  }
}
