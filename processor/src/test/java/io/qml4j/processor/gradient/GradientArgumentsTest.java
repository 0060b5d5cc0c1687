package io.qml4j.processor.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.ml.DifferentiableModel;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad arguments to the generated derivative methods fail with an IllegalArgumentException naming
 * the argument, what was expected and what came; {@code differentiable()} hands the runtime's
 * trainers the same expectations and Jacobians as the generated methods.
 */
class GradientArgumentsTest {
  private static GeneratedModel hybrid;
  private static GeneratedModel ansatzOnly;
  private static GeneratedModel constant;

  @BeforeAll
  static void compile() {
    Map<String, GeneratedModel> models = GeneratedModel.compile(
        JavaFileObjects.forSourceLines("demo.Hybrid",
            "package demo;",
            "import io.qml4j.dsl.*;",
            "abstract class Hybrid {",
            "  @FeatureMap(qubits = 2, inputs = 2)",
            "  static void f(Q q, double[] x) { q.ry(0, x[0]); q.ry(1, Math.sin(x[1])); }",
            "  @Ansatz(qubits = 2, params = 3)",
            "  static void a(Q q, double[] x, double[] theta) {",
            "    q.crx(0, 1, theta[0] * x[1]);",
            "    q.rot(1, theta[1], theta[2], theta[0] + theta[1]);",
            "    q.cnot(1, 0);",
            "  }",
            "  @Observable static Pauli z0(Paulis p) { return p.z(0); }",
            "  @Observable static Pauli x1(Paulis p) { return p.x(1).plus(p.z(0).times(p.y(1))); }",
            "}"),
        JavaFileObjects.forSourceLines("demo.Plain",
            "package demo;",
            "import io.qml4j.dsl.*;",
            "abstract class Plain {",
            "  @Ansatz(qubits = 1)",
            "  static void a(Q q, double[] theta) { q.rx(0, theta[0]); q.rz(0, theta[1]); }",
            "  @Observable static Pauli y(Paulis p) { return p.y(0); }",
            "}"),
        JavaFileObjects.forSourceLines("demo.Constant",
            "package demo;",
            "import io.qml4j.dsl.*;",
            "abstract class Constant {",
            "  @Ansatz(qubits = 1)",
            "  static void a(Q q, double[] theta) { q.ry(0, 0.3); q.rx(0, 0 * 2.0); }",
            "  @Observable static Pauli x(Paulis p) { return p.x(0); }",
            "}"));
    hybrid = models.get("demo.HybridModel");
    ansatzOnly = models.get("demo.PlainModel");
    constant = models.get("demo.ConstantModel");
  }

  @Test
  void wrongLengthsNaNAndShotsNameTheArgument() {
    double[] x = {0.3, -0.2};
    double[] theta = {0.1, 0.2, 0.3};
    rejects("theta: expected 3 values, got 2",
        () -> hybrid.call("gradient", x, new double[2]));
    rejects("x: expected 2 values, got 3",
        () -> hybrid.call("parameterShiftGradient", new double[3], theta));
    rejects("theta: expected 3 values, got null", () -> hybrid.call("jacobian", x, null));
    rejects("x: element 1 is NaN, expected a finite number",
        () -> hybrid.call("inputGradient", new double[] {0, Double.NaN}, theta));
    rejects("theta: element 0 is Infinity, expected a finite number",
        () -> hybrid.call("parameterShiftJacobian", x, new double[] {1.0 / 0, 0, 0}));
    rejects("shots: expected at least 1, got 0",
        () -> hybrid.call("parameterShiftGradient", x, theta, 0, 1L));
    rejects("shots: expected at least 1, got -5",
        () -> hybrid.call("parameterShiftJacobian", x, theta, -5, 1L));
    rejects("cotangent: expected 2 values, got 1",
        () -> hybrid.call("vectorJacobianProduct", x, theta, (Object) new double[1]));
    rejects("cotangent: element 1 is NaN, expected a finite number",
        () -> hybrid.call("vectorJacobianProduct", x, theta, (Object) new double[] {1, 0.0 / 0}));
    rejects("theta: expected 2 values, got 3",
        () -> ansatzOnly.call("parameterShiftGradient", null, new double[3], 10, 1L));
  }

  @Test
  void differentiableMatchesTheGeneratedMethods() throws Exception {
    double[] x = {0.3, -0.2};
    double[] theta = {0.1, 0.2, 0.3};
    DifferentiableModel d = (DifferentiableModel) hybrid.type.getMethod("differentiable")
        .invoke(null);
    assertEquals(3, d.params());
    assertEquals(2, d.inputs());
    assertEquals(2, d.outputs());
    assertTrue(d.hasInputJacobian());
    Jacobian j = hybrid.call("jacobian", x, theta);
    assertArrayEquals(j.values(), d.expectations(x, theta), 0);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(j.theta()[i], d.jacobian(x, theta)[i], 0);
      assertArrayEquals(j.x()[i], d.inputJacobian(x, theta)[i], 0);
    }
    DifferentiableModel plain = (DifferentiableModel) ansatzOnly.type
        .getMethod("differentiable").invoke(null);
    double[] t = {0.4, 0.9};
    assertEquals(0, plain.inputs());
    assertTrue(!plain.hasInputJacobian());
    // <Y> after RZ(b) RX(a) |0>: -sin(a) cos(b), so d/da = -cos(a) cos(b), d/db = sin(a) sin(b)
    assertArrayEquals(new double[] {-Math.sin(0.4) * Math.cos(0.9)},
        plain.expectations(new double[0], t), 1e-12);
    assertArrayEquals(new double[] {-Math.cos(0.4) * Math.cos(0.9), Math.sin(0.4) * Math.sin(0.9)},
        plain.jacobian(new double[0], t)[0], 1e-12);
    Gradient g = ansatzOnly.call("parameterShiftGradient", null, t);
    assertArrayEquals(plain.jacobian(new double[0], t)[0], g.theta(), 1e-12);
    assertEquals(0, g.x().length);
  }

  @Test
  void aModelWithoutDifferentiableAnglesHasZeroGradients() {
    // 0 * 2.0 is a constant zero angle, which the optimiser drops: no angle slot, and no
    // parameter either (theta[0] * 0 would stay: it is -0.0 for a negative theta[0])
    assertEquals(0, constant.constant("ANGLES"));
    assertEquals(0, constant.constant("PARAMS"));
    double[] theta = {};
    Gradient adjoint = constant.call("gradient", null, theta);
    Gradient shift = constant.call("parameterShiftGradient", null, theta, 100, 1L);
    assertEquals(Math.sin(0.3), adjoint.value(), 1e-12);
    assertEquals(Math.sin(0.3), shift.value(), 5 / Math.sqrt(100)); // 5 sigma of 100 shots
    assertEquals(0, adjoint.theta().length);
    assertEquals(0, shift.theta().length);
  }

  private static void rejects(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
