package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.qml4j.processor.Compiler.model;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.testing.compile.Compilation;
import java.time.Duration;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once crashed or hung javac through the evaluator: each must end, within a generous
 * time limit, in one clear diagnostic at the line that caused it.
 */
class EvaluationLimitsTest {
  /** Far above the second or two each of these takes: only a hang or a blow-up reaches it. */
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private static Compilation compile(JavaFileObject src) {
    Compilation c = assertTimeoutPreemptively(LIMIT, () -> Compiler.compile(src));
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String m = d.getMessage(null);
      assertFalse(m.contains("qml4j.internal") || m.contains("\tat "), "no crash: " + m);
    }
    return c;
  }

  @Test
  void aHugeArrayIsABudgetErrorNotAnOutOfMemoryError() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double[] big = new double[Integer.MAX_VALUE];",
        "    q.ry(0, theta[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.budget] `new double[Integer.MAX_VALUE]` would make "
        + "the model's compile-time arrays hold more than").inFile(src)
        .onLineContaining("new double[Integer.MAX_VALUE]");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void anAngleSquaredSixtyTimesIsTooLargeAndIsMeasuredOnTheSharedDag() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 0; i < 60; i++) a = a * a;",
        "    q.ry(0, a);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.budget] an angle of Ry is too large to compile: "
        + "written out it has more than 10^18 terms").inFile(src).onLineContaining("q.ry(0, a)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void twoThousandAndOneNestedSinesAreTooDeep() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 0; i < 2001; i++) a = Math.sin(a);",
        "    q.ry(0, a);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.budget] an angle of Ry is too large to compile: "
        + "written out it has 2,002 terms nested 2002 deep (at most 10,000 terms nested 2000 "
        + "deep)").inFile(src).onLineContaining("q.ry(0, a)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void anAngleOneStepPastTheSizeLimitIsABudgetError() {
    // LargeExpressionsTest compiles this angle with 1,666 steps: 9,997 nodes
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 1; i <= 1667; i++) a = a + theta[i % 7] * theta[(i + 1) % 7] * 1e-4;",
        "    q.ry(0, a);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.budget] an angle of Ry is too large to compile: "
        + "written out it has 10,003 terms").inFile(src).onLineContaining("q.ry(0, a)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aHundredThousandMergedRotationsAreABudgetErrorWithinSeconds() {
    // once a StackOverflowError, then (single-term angles) a class javac could not write: "too
    // many constants" after minutes
    for (String angle : new String[] {"theta[i % 3]", "theta[i % 3] * 0.001"}) {
      JavaFileObject src = model(
          "  @Ansatz(qubits = 1)",
          "  static void a(Q q, double[] theta) {",
          "    for (int i = 0; i < 100000; i++) q.rz(0, " + angle + ");",
          "    q.h(0);",
          "  }");
      Compilation c = compile(src);
      assertThat(c).hadErrorContaining("[qml4j.budget] the model's angles are too large to "
          + "compile: written out they have more than 50,000 terms").inFile(src)
          .onLineContaining("q.rz(0, ");
      assertThat(c).hadErrorCount(1);
    }
  }

  @Test
  void angleEmbeddingOfMillionsOfInputsOnTwoQubitsIsOneWireError() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2, inputs = 5000000)",
        "  static void f(Q q, double[] x) {",
        "    q.angleEmbedding(x, \"Y\");",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.wire] `q.angleEmbedding(x, \"Y\")` puts one feature "
        + "on each wire, but it is given 5000000 features and the model has 2 qubits")
        .inFile(src).onLineContaining("q.angleEmbedding");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void zzFeatureMapOfTwentyThousandInputsIsOneWireError() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 4, inputs = 20000)",
        "  static void f(Q q, double[] x) {",
        "    q.zzFeatureMap(x, 2);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.wire] `q.zzFeatureMap(x, 2)` puts one feature on "
        + "each wire, but it is given 20000 features").inFile(src)
        .onLineContaining("q.zzFeatureMap");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void amplitudeEmbeddingPastTheRegisterIsOneWireError() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 3, inputs = 1048576)",
        "  static void f(Q q, double[] x) {",
        "    q.amplitudeEmbedding(x);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.wire] `q.amplitudeEmbedding(x)` embeds 1048576 "
        + "features, which need 20 qubits, but the model has 3 (at most 8 features)")
        .inFile(src).onLineContaining("q.amplitudeEmbedding");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void amplitudeEmbeddingOfTwoHundredFiftySixInputsIsABudgetErrorWithinSeconds() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 8, inputs = 256)",
        "  static void f(Q q, double[] x) {",
        "    q.amplitudeEmbedding(x);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.budget]").inFile(src)
        .onLineContaining("q.amplitudeEmbedding");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aNonFiniteConstantInsideAThetaAngleIsAnAngleError() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0] + Double.NaN);",
        "    q.rx(0, theta[0] * (1.0 / 0.0));",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.angle] an angle of Ry contains a constant that is "
        + "not finite").inFile(src).onLineContaining("Double.NaN");
    assertThat(c).hadErrorContaining("[qml4j.angle] an angle of Rx contains a constant that is "
        + "not finite").inFile(src).onLineContaining("1.0 / 0.0");
    assertThat(c).hadErrorCount(2);
  }
}
