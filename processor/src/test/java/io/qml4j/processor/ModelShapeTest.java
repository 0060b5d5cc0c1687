package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape checks of validate/: generated names and declared counts. */
class ModelShapeTest {
  private static JavaFileObject model(String annotation, String ansatz) {
    return JavaFileObjects.forSourceLines("demo.M",
        "package demo; import io.qml4j.dsl.*;",
        annotation,
        "abstract class M {",
        "  " + ansatz,
        "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); }",
        "}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "var|is a restricted identifier, which cannot name a class",
      "record|is a restricted identifier, which cannot name a class",
      "Math|would hide java.lang.Math from the model's own source",
      "Q|would hide io.qml4j.dsl.Q from the model's own source",
      "M|is the name of the model class itself",
      "class|is not a valid Java class name"})
  void aGeneratedNameThatCannotWorkIsAModelError(String name, String problem) {
    JavaFileObject src = model("@QuantumModel(name = \"" + name + "\")", "@Ansatz(qubits = 1)");
    Compilation c = Compiler.compile(src);
    assertThat(c).hadErrorContaining("[qml4j.model] @QuantumModel(name = \"" + name + "\") "
        + problem).inFile(src).onLineContaining("abstract class M");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void negativeParamsAreAnErrorNotInference() {
    JavaFileObject src = model("", "@Ansatz(qubits = 1, params = -5)");
    Compilation c = Compiler.compile(src);
    assertThat(c).hadErrorContaining("[qml4j.model] @Ansatz(params = -5) is negative").inFile(src)
        .onLineContaining("static void a");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void negativeInputsAreAnErrorNotInference() {
    JavaFileObject src = JavaFileObjects.forSourceLines("demo.F",
        "package demo; import io.qml4j.dsl.*;",
        "abstract class F {",
        "  @FeatureMap(qubits = 1, inputs = -2)",
        "  static void f(Q q, double[] x) { q.ry(0, x[0]); }",
        "}");
    Compilation c = Compiler.compile(src);
    assertThat(c).hadErrorContaining("[qml4j.model] @FeatureMap(inputs = -2) is negative")
        .inFile(src).onLineContaining("static void f");
    assertThat(c).hadErrorCount(1);
  }
}
