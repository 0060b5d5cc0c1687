package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Library templates expanded at compile time, constants from another class, helper methods and
 * calls between annotated methods: each model's gate list must equal the runtime builder's.
 */
class TemplatesAndCallsTest {
  private static final JavaFileObject SETTINGS = JavaFileObjects.forSourceLines("demo.Settings",
      "package demo;",
      "public final class Settings {",
      "  private Settings() {}",
      "  public static final int LAYERS = 2;",
      "  public static final double SCALE = Math.PI / 3;",
      "  public static final int[][] RING = {{0, 1}, {1, 2}, {2, 3}, {3, 0}};",
      "  public static final double[] WEIGHTS = {0.5, 1.0, 1.5, -2.0};",
      "}");

  @Test
  void featureMapTemplates() throws Exception {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.Embeddings",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Embeddings {",
        "  @FeatureMap(qubits = 4, inputs = 4)",
        "  static void f(Q q, double[] x) {",
        "    q.angleEmbedding(x, \"X\");",
        "    q.zzFeatureMap(x, Settings.LAYERS);",
        "    q.iqpEmbedding(x, 1);",
        "    q.amplitudeEmbedding(x);",
        "  }",
        "  @Observable static Pauli h(Paulis p) { return p.parse(\"Z0 Z1 + 0.5 X2 - 0.25 Y3\"); }",
        "}");
    Compilation c = Compiler.compile(src, SETTINGS);
    assertThat(c).succeededWithoutWarnings();
    new RuntimeAgreement(Compiler.load(c), "demo.Embeddings", "f", null, "h").check(1);
  }

  @Test
  void ansatzTemplatesWithConstantsFromAnotherClass() throws Exception {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.Layers",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Layers {",
        "  @Ansatz(qubits = 4, params = 4 * Settings.LAYERS + 12 * Settings.LAYERS + 4)",
        "  static void a(Q q, double[] theta) {",
        "    q.basisState(1, 0, 1, 0);",
        "    q.basicEntanglerLayers(theta, Settings.LAYERS, \"Y\");",
        "    double[] rest = new double[12 * Settings.LAYERS];",
        "    for (int k = 0; k < rest.length; k++) rest[k] = theta[4 * Settings.LAYERS + k];",
        "    q.stronglyEntanglingLayers(rest, Settings.LAYERS);",
        "    int base = 16 * Settings.LAYERS;",
        "    q.qaoaCostLayer(theta[base] * Settings.SCALE, Settings.RING);",
        "    q.qaoaCostLayer(theta[base + 1], Settings.RING, Settings.WEIGHTS);",
        "    q.qaoaMixerLayer(theta[base + 2]);",
        "    q.singleExcitation(0, 1, theta[base + 3]);",
        "    q.doubleExcitation(0, 1, 2, 3, theta[base + 3] / 2);",
        "  }",
        "  @Observable static Pauli h(Paulis p) { return p.z(0).times(p.z(3)); }",
        "}");
    Compilation c = Compiler.compile(src, SETTINGS);
    assertThat(c).succeededWithoutWarnings();
    RuntimeAgreement check = new RuntimeAgreement(Compiler.load(c), "demo.Layers", null, "a",
        "h");
    assertEquals(4 * 2 + 12 * 2 + 4, check.constant("PARAMS"));
    check.check(2);
  }

  @Test
  void helperMethodsAndCallsBetweenAnnotatedMethods() throws Exception {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.Composed",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Composed {",
        "  static final int N = 3;",
        "  @FeatureMap(qubits = N)",
        "  static void encode(Q q, double[] x) {",
        "    for (int i = 0; i < q.qubits(); i++) { q.h(i); q.rz(i, x[i]); }",
        "  }",
        "  static void layer(Q q, double[] theta, int offset, boolean entangle) {",
        "    for (int i = 0; i < N; i++) q.ry(i, theta[offset + i]);",
        "    if (entangle) { int i = 0; while (i < N - 1) { q.cz(i, i + 1); i++; } }",
        "  }",
        "  @Ansatz(qubits = N)",
        "  static void ansatz(Q q, double[] x, double[] theta) {",
        "    layer(q, theta, 0, true);",
        "    encode(q, x);",
        "    int l = 1;",
        "    do { layer(q, theta, N * l, l % 2 == 0); l += 1; } while (l < 3);",
        "    for (int i = N - 1; i >= 0; i -= 2) {",
        "      if (i == 1) continue;",
        "      q.rx(i, Math.pow(theta[i], 2) - Math.toRadians(30) * x[i]);",
        "    }",
        "  }",
        "  @Observable static Pauli h(Paulis p) { return p.z(0).plus(p.z(N - 1)).scale(0.5); }",
        "}");
    Compilation c = Compiler.compile(src);
    assertThat(c).succeededWithoutWarnings();
    RuntimeAgreement check = new RuntimeAgreement(Compiler.load(c), "demo.Composed", "encode",
        "ansatz", "h");
    assertEquals(9, check.constant("PARAMS"));
    assertEquals(3, check.constant("INPUTS"));
    check.check(3);
  }
}
