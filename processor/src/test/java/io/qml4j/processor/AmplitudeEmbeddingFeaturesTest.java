package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Amplitude embedding normalises its features, so an all-zero vector has no state: the runtime
 * builder rejects it, and so must the processor (constants) and the generated code (features that
 * depend on x or theta), rather than simulate the angles atan2(0, 0) gives.
 */
class AmplitudeEmbeddingFeaturesTest {
  private static final JavaFileObject EMBED = JavaFileObjects.forSourceLines("demo.Embed",
      "package demo;",
      "import io.qml4j.dsl.*;",
      "abstract class Embed {",
      "  @FeatureMap(qubits = 2, inputs = 4)",
      "  static void f(Q q, double[] x) {",
      "    q.amplitudeEmbedding(x);",
      "  }",
      "  @Ansatz(qubits = 2, params = 3)",
      "  static void a(Q q, double[] x, double[] theta) {",
      "    q.ry(0, theta[0]);",
      "    double[] features = {theta[1] * x[0], theta[2]};",
      "    q.amplitudeEmbedding(features);",
      "  }",
      "  @Observable static Pauli z(Paulis p) { return p.z(0).plus(p.x(1)); }",
      "}");

  private static Compilation embed;
  private static Class<?> model;

  @BeforeAll
  static void compileEmbed() throws ClassNotFoundException {
    embed = Compiler.compile(EMBED);
    assertThat(embed).succeededWithoutWarnings();
    model = Compiler.load(embed).loadClass("demo.EmbedModel");
  }

  @Test
  void generatedMethodsRejectAllZeroFeaturesLikeTheBuilder() throws Exception {
    double[] zeros = new double[4];
    double[] theta = {0.3, 0.5, -0.2};

    IllegalArgumentException builder = assertThrows(IllegalArgumentException.class,
        () -> new CircuitBuilder(2).amplitudeEmbedding(zeros));
    assertTrue(builder.getMessage().contains("all zero"), builder.getMessage());
    for (String method : new String[] {"state", "expectation", "gradient", "circuit"}) {
      assertEquals("x: the features of q.amplitudeEmbedding(x) (line 6) are all zero and cannot "
          + "be normalised; expected at least one non-zero feature",
          rejection(model, method, zeros, theta), method);
    }
    assertEquals("x2: the features of q.amplitudeEmbedding(x) (line 6) are all zero and cannot "
        + "be normalised; expected at least one non-zero feature",
        rejection(model, "kernel", new double[] {1, 0, 0, 0}, zeros));
    // theta[1] * x[0] and theta[2] are both zero here though x is not
    double[] x = {0, 0.6, 0, 0.8};
    assertEquals("x and theta: the features of q.amplitudeEmbedding(features) (line 12) are all "
        + "zero and cannot be normalised; expected at least one non-zero feature",
        rejection(model, "state", x, new double[] {0.3, 0.5, 0}));
  }

  @Test
  void sparseFeaturesStillEmbedAsTheBuilderDoes() throws Exception {
    double[] x = {0, 0.6, 0, -0.8};
    double[] theta = {0.3, 0.5, -0.2};
    CircuitBuilder b = new CircuitBuilder(2);
    b.amplitudeEmbedding(x);
    b.ry(0, theta[0]);
    b.amplitudeEmbedding(new double[] {theta[1] * x[0], theta[2]});
    StateVector expected = Simulator.run(b.build());
    StateVector actual = (StateVector) model.getMethod("state", double[].class, double[].class)
        .invoke(null, x, theta);
    assertArrayEquals(expected.amplitudes(), actual.amplitudes(), 1e-12);
  }

  @Test
  void constantAllZeroFeaturesAreACompileError() {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.Zero",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Zero {",
        "  static final double[] NOTHING = {0, 0};",
        "  @Ansatz(qubits = 2)",
        "  static void a(Q q, double[] theta) {",
        "    q.amplitudeEmbedding(NOTHING);",
        "    q.ry(0, theta[0]);",
        "  }",
        "  @Observable static Pauli z(Paulis p) { return p.z(0); }",
        "}");
    Compilation c = Compiler.compile(src);
    assertThat(c).hadErrorContaining("embeds features that are all zero, which cannot be "
        + "normalised").inFile(src).onLineContaining("q.amplitudeEmbedding(NOTHING)");
  }

  @Test
  void aConstantNonZeroFeatureNeedsNoCheck() {
    Compilation c = Compiler.compile("demo.Anchored",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Anchored {",
        "  @FeatureMap(qubits = 1, inputs = 1)",
        "  static void f(Q q, double[] x) { q.amplitudeEmbedding(new double[] {1, x[0]}); }",
        "}");
    assertThat(c).succeededWithoutWarnings();
    String generated = Compiler.source(c, "demo.AnchoredModel");
    assertFalse(generated.contains("checkFeatureMapFeatures"), generated);
    assertTrue(Compiler.source(embed, "demo.EmbedModel").contains("checkFeatureMapFeatures"));
  }

  private static String rejection(Class<?> model, String name, double[] a, double[] b)
      throws ReflectiveOperationException {
    Method m = model.getMethod(name, double[].class, double[].class);
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> m.invoke(null, a, b));
    assertTrue(thrown.getCause() instanceof IllegalArgumentException, thrown.getCause()::toString);
    return thrown.getCause().getMessage();
  }
}
