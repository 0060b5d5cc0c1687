package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.observable.PauliSum;
import java.time.Duration;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A compiled observable and the runtime's agree both ways on every text and product: what the
 * runtime's {@code PauliSum} accepts compiles to an equal constant, and what it rejects is a
 * {@code [qml4j.observable]} error with the runtime's message, on the line of the call.
 */
class PauliAgreementTest {
  private static JavaFileObject model(String observableBody) {
    return JavaFileObjects.forSourceLines("demo.P",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class P {",
        "  @Ansatz(qubits = 3)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "  @Observable",
        "  static Pauli h(Paulis p) {",
        "    return " + observableBody + ";",
        "  }",
        "}");
  }

  private static String javaString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Compiles {@code p.parse(text)} and compares it with {@code PauliSum.parse(text)}. */
  private static void assertAgrees(String observableBody, PauliSum expected, String runtimeError)
      throws Exception {
    JavaFileObject src = model(observableBody);
    Compilation c = Compiler.compile(src);
    if (runtimeError == null) {
      assertThat(c).succeededWithoutWarnings();
      Class<?> g = Compiler.load(c).loadClass("demo.PModel");
      assertEquals(expected, g.getField("H").get(null), observableBody);
    } else {
      assertThat(c).hadErrorContaining("[qml4j.observable] " + runtimeError).inFile(src)
          .onLineContaining("return ");
      assertThat(c).hadErrorCount(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"z0 z1", "", "  ", "X0 Y0", "Z0 @ Z1", "Z0 * Z1", "I", "0 Z0 + X1",
      "Z0 - Z0", "Z99999999999", "0.5 Z0 Z1 - 0.2 X0 + 1.1", "X0 Y0 X0", "I7", "1e400 Z0",
      "Z0 +", "2 * X1", "Z0Z1", "-X2"})
  void parseAgreesWithTheRuntime(String text) throws Exception {
    PauliSum expected = null;
    String error = null;
    try {
      expected = PauliSum.parse(text);
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
    }
    assertAgrees("p.parse(" + javaString(text) + ")", expected, error);
  }

  @Test
  void wireNumberTooLargeForAnIntIsADiagnostic() {
    JavaFileObject src = model("p.parse(\"Z99999999999\")");
    Compilation c = Compiler.compile(src);
    assertThat(c).hadErrorContaining("[qml4j.observable] Pauli text \"Z99999999999\", column 2: "
        + "the wire number is larger than 2147483647").inFile(src).onLineContaining("p.parse(");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void nonHermitianProductIsRejectedAtTheProductAsAtRunTime() throws Exception {
    String error = null;
    try {
      PauliSum.x(0).times(PauliSum.y(0));
    } catch (IllegalArgumentException e) {
      error = e.getMessage().replaceFirst("^other: ", "");
    }
    assertAgrees("p.x(0).times(p.y(0))", null, error);
  }

  @Test
  void zeroScaleAndCancellingProductsAgree() throws Exception {
    assertAgrees("p.z(0).scale(0).plus(p.x(1))", PauliSum.x(1), null);
    assertAgrees("p.z(1).plus(p.y(0).times(p.x(0)))", null,
        messageOf(() -> PauliSum.y(0).times(PauliSum.x(0))));
    assertAgrees("p.x(0).times(p.x(0))", PauliSum.identity(), null);
  }

  @Test
  void observableOf20000StringsCompilesInLinearTime() throws Exception {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.Big",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Big {",
        "  @Ansatz(qubits = 3)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "  @Observable",
        "  static Pauli h(Paulis p) {",
        "    Pauli h = p.identity();",
        "    for (int i = 0; i < 20000; i++) h = h.plus(p.z(i % 3).scale(i * 1e-3 + 1));",
        "    return h;",
        "  }",
        "}");
    Compilation c = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Compiler.compile(src));
    assertThat(c).succeededWithoutWarnings();
    PauliSum expected = PauliSum.identity();
    for (int i = 0; i < 20000; i++) {
      expected = expected.plus(PauliSum.z(i % 3).scale(i * 1e-3 + 1));
    }
    assertEquals(expected, Compiler.load(c).loadClass("demo.BigModel").getField("H").get(null));
  }

  private static String messageOf(Runnable r) {
    try {
      r.run();
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage().replaceFirst("^other: ", "");
    }
  }
}
