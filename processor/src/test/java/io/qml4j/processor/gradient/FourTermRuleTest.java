package io.qml4j.processor.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.gradient.Gradient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The four-term rule where the two-term rule is wrong. With the control in |+> and the target in
 * a real state |psi> = RY(0.4)|0>, {@code <X_0>} after a controlled rotation C-R(t) is
 * {@code Re <psi|R(t)|psi> = cos(t/2)} for R = RX, RY and RZ alike, a frequency-1/2 signal: the
 * exact derivative is {@code -sin(t/2) / 2}, while the two-term rule would give
 * {@code -sin(t/2) sin(pi/4)}.
 */
class FourTermRuleTest {
  private static final double T = 1.1;

  @Test
  void controlledRotationsNeedAndGetTheFourTermRule() {
    Map<String, GeneratedModel> models = GeneratedModel.compile(
        model("Crx", "crx"), model("Cry", "cry"), model("Crz", "crz"));
    double exact = -Math.sin(T / 2) / 2;
    for (String name : new String[] {"Crx", "Cry", "Crz"}) {
      GeneratedModel m = models.get("demo." + name + "Model");
      double[] theta = {T};
      assertEquals(Math.cos(T / 2), (double) m.call("expectation", null, theta), 1e-12, name);
      Gradient shift = m.call("parameterShiftGradient", null, theta);
      Gradient adjoint = m.call("gradient", null, theta);
      assertEquals(exact, shift.theta()[0], 1e-12, name + " parameter shift");
      assertEquals(exact, adjoint.theta()[0], 1e-12, name + " adjoint");
      double plus = m.call("expectation", null, new double[] {T + Math.PI / 2});
      double minus = m.call("expectation", null, new double[] {T - Math.PI / 2});
      double twoTerm = (plus - minus) / 2;
      assertEquals(-Math.sin(T / 2) * Math.sin(Math.PI / 4), twoTerm, 1e-12, name);
      assertTrue(Math.abs(twoTerm - exact) > 0.05,
          name + ": the two-term rule must be visibly wrong here, off by " + (twoTerm - exact));
    }
  }

  private static javax.tools.JavaFileObject model(String name, String gate) {
    return JavaFileObjects.forSourceLines("demo." + name,
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class " + name + " {",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.h(0);",
        "    q.ry(1, 0.4);",
        "    q." + gate + "(0, 1, theta[0]);",
        "  }",
        "  @Observable",
        "  static Pauli x0(Paulis p) { return p.x(0); }",
        "}");
  }
}
