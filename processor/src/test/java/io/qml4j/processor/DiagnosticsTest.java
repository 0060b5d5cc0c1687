package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.qml4j.processor.Compiler.model;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of the processor: each asserts the code and message, the file and the
 * line javac reports it on, and that nothing is generated for a model with errors.
 */
class DiagnosticsTest {
  private static final String HEADER = "package demo; import io.qml4j.dsl.*;";

  /** A model class {@code demo.M} whose body is the given lines. */
  private static Compilation compile(JavaFileObject source) {
    Compilation c = Compiler.compile(source);
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String m = d.getMessage(null);
      assertFalse(m.contains("Exception") || m.contains("\tat "), "no stack trace: " + m);
    }
    return c;
  }

  @Test
  void wireOutOfRange() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 4)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0]);",
        "    q.ry(7, theta[1]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(
            "[qml4j.wire] wire 7 is out of range for a 4-qubit model (wires 0..3)")
        .inFile(src).onLineContaining("q.ry(7");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void everyErrorOfAModelIsReportedAtOnce() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(5, theta[0]);",
        "    q.cnot(1, 1);",
        "    q.rz(-1, theta[1]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining("wire 5 is out of range").inFile(src)
        .onLineContaining("q.rx(5");
    assertThat(c).hadErrorContaining("[qml4j.repeated-wire]").inFile(src)
        .onLineContaining("q.cnot(1, 1)");
    assertThat(c).hadErrorContaining("wire -1 is out of range").inFile(src)
        .onLineContaining("q.rz(-1");
    assertThat(c).hadErrorCount(3);
  }

  @Test
  void repeatedWire() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 4)",
        "  static void a(Q q, double[] theta) {",
        "    q.ry(0, theta[0]);",
        "    q.cnot(2, 2);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.repeated-wire] `q.cnot(2, 2)` uses wire 2 "
        + "twice; the wires of a Cnot gate must be distinct").inFile(src)
        .onLineContaining("q.cnot(2, 2)");
  }

  @Test
  void loopBoundThatIsNotConstant() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) {",
        "    for (int i = 0; i < x[0]; i++) {",
        "      q.h(0);",
        "    }",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.constant] loop condition `i < x[0]` is not "
        + "a compile-time constant").inFile(src).onLineContaining("for (int i = 0; i < x[0]");
  }

  @Test
  void whileConditionThatIsNotConstant() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    double t = theta[0];",
        "    while (t > 0) {",
        "      q.rx(0, t);",
        "      t = t - 1;",
        "    }",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.constant]").inFile(src)
        .onLineContaining("while (t > 0)");
  }

  @Test
  void ifConditionThatIsNotConstant() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) {",
        "    if (x[1] > 0.5) q.x(0);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.constant] if condition `x[1] > 0.5` is "
        + "not a compile-time constant").inFile(src).onLineContaining("if (x[1] > 0.5)");
  }

  @Test
  void unsupportedStatement() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    try {",
        "      q.rx(0, theta[0]);",
        "    } finally {",
        "      q.h(1);",
        "    }",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.unsupported] a try statement is not "
        + "supported in a circuit method; allowed:").inFile(src).onLineContaining("try {");
  }

  @Test
  void unsupportedCall() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    System.out.println(theta[0]);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.unsupported]").inFile(src)
        .onLineContaining("System.out.println");
  }

  @Test
  void thetaReadPastTheDeclaredSize() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2, params = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    q.rx(1, theta[1]);",
        "    q.ry(1, theta[2]);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.index] theta[2] is out of range: the model "
        + "declares 2 trainable parameters (theta[0..1])").inFile(src)
        .onLineContaining("q.ry(1, theta[2])");
  }

  @Test
  void inputReadPastTheDeclaredSize() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2, inputs = 2)",
        "  static void f(Q q, double[] x) {",
        "    for (int i = 0; i <= 2; i++) q.rx(i % 2, x[i]);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.index] x[2] is out of range: the model "
        + "declares 2 inputs (x[0..1])").inFile(src).onLineContaining("q.rx(i % 2, x[i])");
  }

  @Test
  void indexThatIsNotConstant() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2, params = 4)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[(int) theta[0]]);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.index] `theta[(int)theta[0]]` reads theta "
        + "at an index that is not a compile-time constant").inFile(src)
        .onLineContaining("q.rx(0, theta[(int) theta[0]])");
  }

  @Test
  void unusedTrainableParameterIsAWarning() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2, params = 6)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    q.rx(1, theta[2]);",
        "  }");
    Compilation c = compile(src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[qml4j.unused-parameter] theta[1], theta[3..5] of the 6 "
        + "trainable parameters are never used by a gate").inFile(src)
        .onLineContaining("static void a(");
  }

  @Test
  void featureMapThatReadsTrainableParameters() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x, double[] theta) {",
        "    q.rx(0, x[0] * theta[0]);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.feature-map-theta] feature map `f` takes "
        + "trainable parameters `theta`").inFile(src).onLineContaining("double[] theta)");
  }

  @Test
  void observableOnAWireTheModelDoesNotHave() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 4)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "  @Observable",
        "  static Pauli h(Paulis p) {",
        "    return p.z(0).plus(p.x(5));",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.observable] observable on wire 5, but the "
        + "model has 4 qubits (wires 0..3)").inFile(src).onLineContaining("p.x(5)");
  }

  @Test
  void observableThatIsNotHermitian() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "  @Observable",
        "  static Pauli h(Paulis p) {",
        "    return p.x(0).times(p.y(0));",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.observable] the product (X0) * (Y0) has "
        + "the term Z0 with the imaginary coefficient 1i; an observable must be Hermitian")
        .inFile(src).onLineContaining("p.x(0).times(p.y(0))");
  }

  @Test
  void modelWithNoCircuit() {
    JavaFileObject src = model(
        "  @Observable",
        "  static Pauli h(Paulis p) { return p.z(0); }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.no-circuit] model M has no circuit")
        .inFile(src).onLineContaining("abstract class M");
  }

  @Test
  void signatureTheProcessorCannotUse() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  void a(Q q, double[] theta) { q.ry(0, theta[0]); }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.signature] @Ansatz method `a` has a "
        + "signature the processor cannot use; expected static void name(Q q, double[] theta)")
        .inFile(src).onLineContaining("void a(Q q");
  }

  @Test
  void observableSignatureTheProcessorCannotUse() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "  @Observable",
        "  static Pauli h(Paulis p, int w) { return p.z(w); }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.signature] @Observable method `h`")
        .inFile(src).onLineContaining("static Pauli h(");
  }

  @Test
  void recursionBetweenMethods() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) {",
        "    q.rx(0, x[0]);",
        "    g(q, x);",
        "  }",
        "  static void g(Q q, double[] x) {",
        "    f(q, x);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.recursion] recursive call: f -> g -> f")
        .inFile(src).onLineContaining("    f(q, x);");
  }

  @Test
  void circuitOverTheGateBudget() {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.M", HEADER,
        "@QuantumModel(gateBudget = 10)",
        "abstract class M {",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    for (int i = 0; i < 20; i++) q.rx(i % 2, theta[i]);",
        "  }",
        "}");
    assertThat(compile(src)).hadErrorContaining("[qml4j.budget] the circuit has more than 10 "
        + "gates, the model's gate budget").inFile(src).onLineContaining("static void a(");
  }

  @Test
  void gateBudgetCoversFeatureMapAndAnsatzTogether() {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.M", HEADER,
        "@QuantumModel(gateBudget = 10)",
        "abstract class M {",
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) {",
        "    for (int i = 0; i < 6; i++) q.rx(i % 2, x[i]);",
        "  }",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    for (int i = 0; i < 6; i++) q.ry(i % 2, theta[i]);",
        "  }",
        "}");
    assertThat(compile(src)).hadErrorContaining("[qml4j.budget] the circuit has more than 10 "
        + "gates").inFile(src).onLineContaining("static void a(");
  }

  @Test
  void loopThatNeverEnds() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    int i = 0;",
        "    while (i >= 0) {",
        "      i = i % 5;",
        "    }",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.budget] loops ran more than")
        .inFile(src).onLineContaining("while (i >= 0)");
  }

  @Test
  void angleThatIsNotFinite() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    q.ry(1, 1.0 / 0);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.angle] an angle of Ry is Infinity")
        .inFile(src).onLineContaining("q.ry(1, 1.0 / 0)");
  }

  @Test
  void channelParameterOutOfRange() {
    JavaFileObject src = model(
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    q.rx(0, theta[0]);",
        "    q.amplitudeDamping(0, -0.1);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.channel] amplitudeDamping gamma = -0.1 "
        + "is not a probability; expected a value in [0, 1]").inFile(src)
        .onLineContaining("q.amplitudeDamping(0, -0.1)");
  }

  @Test
  void qubitCountsThatDiffer() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) { q.rx(0, x[0]); }",
        "  @Ansatz(qubits = 3)",
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.model] @Ansatz(qubits = 3) differs from "
        + "@FeatureMap(qubits = 2)").inFile(src).onLineContaining("static void a(");
  }

  @Test
  void nonConstantFieldRead() {
    JavaFileObject src = model(
        "  static int layers = 2;",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    for (int l = 0; l < layers; l++) q.rx(0, theta[l]);",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.constant] `layers` is not a compile-time "
        + "constant: a circuit may read static final fields only").inFile(src)
        .onLineContaining("l < layers");
  }

  @Test
  void templateOverTheWholeInputWithoutDeclaredLength() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) {",
        "    q.angleEmbedding(x, \"Y\");",
        "  }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.index] `q.angleEmbedding(x, \"Y\")` reads "
        + "all of x, whose length is not declared: add inputs = N to @FeatureMap").inFile(src)
        .onLineContaining("q.angleEmbedding");
  }

  @Test
  void twoFeatureMaps() {
    JavaFileObject src = model(
        "  @FeatureMap(qubits = 2)",
        "  static void f(Q q, double[] x) { q.rx(0, x[0]); }",
        "  @FeatureMap(qubits = 2)",
        "  static void g(Q q, double[] x) { q.rx(1, x[1]); }");
    assertThat(compile(src)).hadErrorContaining("[qml4j.model] a model has at most one @FeatureMap "
        + "method, and `f` is already one").inFile(src).onLineContaining("static void g(");
  }
}
