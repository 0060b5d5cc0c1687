package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.qml4j.processor.Compiler.model;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Java the evaluator does not model exactly is rejected at its line, never given a different
 * value; and Java that does not type-check is left to javac, whose error must show.
 */
class UnmodelledJavaTest {
  private static Compilation compile(JavaFileObject src) {
    Compilation c = Compiler.compile(src);
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      assertFalse(d.getMessage(null).contains("qml4j.internal"), d.getMessage(null));
    }
    return c;
  }

  @Test
  void stringReferenceEqualityIsUnsupported() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1, params = 1)",
        "  static void a(Q q, double[] theta) {",
        "    String s = \"a\" + theta.length;",
        "    if (s == \"a1\") q.x(0);",
        "    q.ry(0, theta[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.unsupported] `s == \"a1\"` compares Strings by "
        + "reference").inFile(src).onLineContaining("if (s == \"a1\")");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aFieldReadBeforeItsStaticInitialisationIsUnsupported() {
    // Java initialises A first and reads M.B while it is still null (a NullPointerException);
    // lazy per-field initialisation used to give A = {2}
    JavaFileObject src = model(
        "  static final double[] A = {M.B[0]};",
        "  static final double[] B = {2};",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0] * A[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.unsupported] `M.B` is read before its class's "
        + "static initialisation assigns it").inFile(src).onLineContaining("{M.B[0]}");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void writingAStaticFinalArrayOutsideItsInitializationIsUnsupported() {
    JavaFileObject src = model(
        "  static final double[] W = {1, 2};",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double[] alias = W;",
        "    alias[0] += 1;",
        "    q.ry(0, theta[0] * W[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.unsupported] `alias[0]` writes to an array held by "
        + "a static field").inFile(src).onLineContaining("alias[0] += 1");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void boxedNumbersAreUnsupported() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    Integer a = 1000, b = 1000;",
        "    q.ry(0, a == b ? theta[0] : -theta[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.unsupported] `1000` boxes an int into an object")
        .inFile(src).onLineContaining("Integer a = 1000");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aFloatThatDependsOnThetaIsRejected() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    float f = (float) theta[0];",
        "    q.ry(0, f);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.constant] `(float)theta[0]` is converted to float "
        + "but depends on theta or x").inFile(src).onLineContaining("float f");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aLongThatDependsOnThetaIsRejected() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    long n = Math.round(theta[0]);",
        "    q.ry(0, n);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.unsupported] Math.round is not supported in an "
        + "angle").inFile(src).onLineContaining("Math.round");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void integerDivisionByZeroIsAConstantError() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    long zero = 0;",
        "    q.ry(0, theta[0] + 5L / zero);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.constant] `5L / zero` divides by zero").inFile(src)
        .onLineContaining("5L / zero");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aJdkMethodThatThrowsIsAConstantError() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    int n = Math.toIntExact(1L << 40);",
        "    q.ry(0, theta[0] * n);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("[qml4j.constant] `Math.toIntExact(1L << 40)` throws "
        + "ArithmeticException at compile time").inFile(src).onLineContaining("toIntExact");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void javacReportsAnUnknownGateItself() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    q.hadamard(0);",
        "    q.ry(0, theta[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(src)
        .onLineContaining("q.hadamard(0)");
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertFalse(d.getMessage(null).contains("[qml4j."), "javac's error only: " + d);
    }
  }

  @Test
  void javacReportsAnUndefinedAnnotationValueItself() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = UNDEFINED)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(src)
        .onLineContaining("UNDEFINED");
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertFalse(d.getMessage(null).contains("[qml4j."), "javac's error only: " + d);
    }
  }

  @Test
  void javacReportsATypeErrorInAHelperItself() {
    JavaFileObject src = model(
        "  static double angle(double[] t) { return t[0] + undefinedName; }",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, angle(theta));",
        "    q.rx(7, theta[0]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(src)
        .onLineContaining("undefinedName");
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertFalse(d.getMessage(null).contains("[qml4j."), "javac's error only: " + d);
    }
  }
}
