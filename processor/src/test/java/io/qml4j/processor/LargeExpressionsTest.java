package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.testing.compile.Compilation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Angles and feature maps too large to write as one Java expression or one method still compile
 * (temporaries for shared and deep subterms, helper methods for huge angles), in bounded time,
 * and agree with the builder.
 */
class LargeExpressionsTest {
  /**
   * Generous, for 2 cores shared by several builds (about 20 s each at a load of 20); these
   * crashed javac or failed with "code too large" before.
   */
  private static final Duration LIMIT = Duration.ofSeconds(120);

  private static ClassLoader assertCompilesAndAgrees(String name, String featureMap,
      String ansatz, String... body) throws Exception {
    String[] lines = new String[body.length + 5];
    lines[0] = "package demo;";
    lines[1] = "import io.qml4j.dsl.*;";
    lines[2] = "abstract class " + name + " {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 2] = "  @Observable static Pauli z(Paulis p) { return p.z(0); }";
    lines[lines.length - 1] = "}";
    Compilation c = assertTimeoutPreemptively(LIMIT,
        () -> Compiler.compile("demo." + name, lines));
    assertThat(c).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(c);
    new RuntimeAgreement(loader, "demo." + name, featureMap, ansatz, "z").check(5);
    return loader;
  }

  @Test
  void eighteenHundredMergedRotations() throws Exception {
    // small terms: the merged angle's rounding (about 1e-16 per term) stays far below 1e-12
    assertCompilesAndAgrees("Merged", null, "a",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    for (int i = 0; i < 1800; i++) q.rz(0, theta[i % 3] * 0.001);",
        "    q.h(0);",
        "  }");
  }

  @Test
  void mergedRotationsPastOneAngleBecomeSeveralGates() throws Exception {
    // each rotation adds 8 nodes to the merged angle, so about 1,250 fit in 10,000: 1,500
    // rotations merge into two gates instead of one angle of 12,000 nodes
    ClassLoader loader = assertCompilesAndAgrees("Split", null, "a",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    for (int i = 0; i < 1500; i++) q.rz(0, theta[i % 3] * 0.001 + theta[(i + 1) % 3] * 0.002);",
        "    q.h(0);",
        "  }");
    int gates = loader.loadClass("demo.SplitModel").getField("GATES").getInt(null);
    assertTrue(gates == 3, "two merged rotations and the Hadamard, got " + gates + " gates");
  }

  @Test
  void anAngleAtTheSizeLimitCompilesAndAgrees() throws Exception {
    // 1 + 6 * 1,666 = 9,997 nodes nested about 1,668 deep: just inside ExprStats.MAX_NODES
    // (10,000) and MAX_DEPTH (2,000); EvaluationLimitsTest has the same angle one step larger
    assertCompilesAndAgrees("Limit", null, "a",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 1; i <= 1666; i++) a = a + theta[i % 7] * theta[(i + 1) % 7] * 1e-4;",
        "    q.ry(0, a);",
        "  }");
  }

  @Test
  void fourHundredNestedSines() throws Exception {
    // "code too large" before emission cut nesting; now inside the depth limit of 2,000
    assertCompilesAndAgrees("Sines", null, "a",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 0; i < 400; i++) a = Math.sin(a) + 0.5;",
        "    q.ry(0, a);",
        "  }");
  }

  @Test
  void deeplyNestedSines() throws Exception {
    // 60 levels: javac's recursion is cut by temporaries every 24 levels
    assertCompilesAndAgrees("Nested", null, "a",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 0; i < 60; i++) a = Math.sin(a) + 0.5;",
        "    q.ry(0, a);",
        "  }");
  }

  @Test
  void sharedSubtermsAreComputedOnce() throws Exception {
    // as a tree this angle has 2^8 leaves of each kind; as a DAG, 4 nodes per squaring
    assertCompilesAndAgrees("Squares", null, "a",
        "  @Ansatz(qubits = 1)",
        "  static void a(Q q, double[] theta) {",
        "    double a = theta[0];",
        "    for (int i = 0; i < 8; i++) a = a * a + 0.5;",
        "    q.ry(0, a);",
        "  }");
  }

  @Test
  void amplitudeEmbeddingOfSixtyFourInputs() throws Exception {
    assertCompilesAndAgrees("Amplitudes", "f", null,
        "  @FeatureMap(qubits = 6, inputs = 64)",
        "  static void f(Q q, double[] x) { q.amplitudeEmbedding(x); }");
  }
}
