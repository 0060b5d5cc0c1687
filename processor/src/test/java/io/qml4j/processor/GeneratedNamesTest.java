package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.qml4j.runtime.observable.PauliSum;
import org.junit.jupiter.api.Test;

/**
 * Names in generated code never collide with the user's: model classes of any legal name, a
 * model class named {@code Math}, observables named like generated constants.
 */
class GeneratedNamesTest {
  private static String[] model(String className, String angle, String observables) {
    return new String[] {
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class " + className + " {",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) { q.ry(0, " + angle + "); q.cnot(0, 1); }",
        observables,
        "}"};
  }

  private static void assertAgrees(String className, String angle) throws Exception {
    Compilation c = Compiler.compile("demo." + className,
        model(className, angle, "  @Observable static Pauli z(Paulis p) { return p.z(1); }"));
    assertThat(c).succeededWithoutWarnings();
    new RuntimeAgreement(Compiler.load(c), "demo." + className, null, "a", "z").check(3);
  }

  @Test
  void modelClassesWhoseNamesDoNotStartWithAnUpperCaseLetter() throws Exception {
    assertAgrees("myModel", "theta[0]");
    assertAgrees("_M", "theta[0]");
    assertAgrees("\u6a21\u578b", "theta[0]");
  }

  @Test
  void modelClassNamedMathStillCallsJavaLangMath() throws Exception {
    assertAgrees("Math", "java.lang.Math.sin(theta[0]) * 2");
  }

  @Test
  void observableNamedTileKeepsTheTileConstant() throws Exception {
    Compilation c = Compiler.compile("demo.Wide",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Wide {",
        "  @Ansatz(qubits = 16)",
        "  static void a(Q q, double[] theta) { for (int i = 0; i < 16; i++) q.ry(i, theta[i]); }",
        "  @Observable static Pauli tile(Paulis p) { return p.z(3); }",
        "  @Observable static Pauli TILE_(Paulis p) { return p.x(2); }",
        "}");
    assertThat(c).succeededWithoutWarnings();
    Class<?> g = Compiler.load(c).loadClass("demo.WideModel");
    assertEquals(PauliSum.parse("Z3"), g.getField("TILE_").get(null));
    assertEquals(PauliSum.parse("X2"), g.getField("TILE__").get(null));
  }
}
