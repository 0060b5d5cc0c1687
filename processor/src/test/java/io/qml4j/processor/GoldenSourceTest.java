package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Golden files of generated source for two small models, reviewed like code: a change in what the
 * processor emits shows up here as a diff. To update after an intended change, print
 * {@code Compiler.source(...)} and replace the file under src/test/resources/golden.
 */
class GoldenSourceTest {
  static final JavaFileObject BELL = JavaFileObjects.forSourceLines("demo.Bell",
      "package demo;",
      "import io.qml4j.dsl.*;",
      "abstract class Bell {",
      "  @Ansatz(qubits = 2)",
      "  static void prepare(Q q, double[] theta) {",
      "    q.h(0);",
      "    q.cnot(0, 1);",
      "    q.ry(1, theta[0] / 2);",
      "    q.ry(1, theta[0] / 2);",
      "  }",
      "  @Observable",
      "  static Pauli parity(Paulis p) { return p.z(0).times(p.z(1)); }",
      "}");

  static final JavaFileObject ENCODER = JavaFileObjects.forSourceLines("demo.Encoder",
      "package demo;",
      "import io.qml4j.dsl.*;",
      "@QuantumModel(name = \"EncoderCircuit\", optimize = false)",
      "abstract class Encoder {",
      "  @FeatureMap(qubits = 2, inputs = 2)",
      "  static void encode(Q q, double[] x) {",
      "    for (int i = 0; i < 2; i++) {",
      "      q.h(i);",
      "      q.phaseShift(i, Math.PI * x[i]);",
      "    }",
      "    q.controlledPhase(0, 1, (Math.PI - x[0]) * (Math.PI - x[1]));",
      "    q.rz(0, 0.0);",
      "  }",
      "}");

  @Test
  void bellModel() {
    Compilation c = Compiler.compile(BELL);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("demo.BellModel")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/BellModel.java"));
  }

  @Test
  void encoderFeatureMapWithOptimisationOff() {
    Compilation c = Compiler.compile(ENCODER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("demo.EncoderCircuit")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/EncoderCircuit.java"));
  }
}
