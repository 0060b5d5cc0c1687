package io.qml4j.runtime.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.noise.Instruction;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.noise.NoisyCircuitBuilder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * OpenQASM 3 import of the dynamic programs qml4j exports: export then import gives the same
 * circuit, instruction for instruction; what the subset lacks is refused at its line and column.
 */
class DynamicQasm3ImportTest {
  private static NoisyCircuit file(String name) throws IOException, URISyntaxException {
    return DynamicQasmImporter.read(Path.of(DynamicQasm3ImportTest.class
        .getResource("/qasm-dynamic/" + name).toURI()));
  }

  private static void assertRoundTrip(NoisyCircuit original) {
    String text = DynamicQasmExporter.toQasm3(original);
    NoisyCircuit read = DynamicQasmImporter.parse(text);
    assertEquals(original.qubits(), read.qubits(), text);
    assertEquals(original.bits(), read.bits(), text);
    assertEquals(original.instructions(), read.instructions(), text);
  }

  @Test
  void exportedTeleportationAndResetReuseReadBackEqual() throws Exception {
    assertRoundTrip(file("teleport.qasm"));
    assertRoundTrip(file("reset-reuse.qasm"));
  }

  @Test
  void fiftyRandomDynamicCircuitsReadBackEqual() {
    SplittableRandom random = new SplittableRandom(31);
    for (int trial = 0; trial < 50; trial++) {
      int qubits = 1 + random.nextInt(4), bits = 1 + random.nextInt(4);
      NoisyCircuitBuilder b = new NoisyCircuitBuilder(qubits, bits);
      for (int step = 0; step < 12; step++) {
        int w = random.nextInt(qubits);
        switch (random.nextInt(6)) {
          case 0: b.measure(w, random.nextInt(bits)); break;
          case 1: b.reset(w); break;
          case 2: {
            int first = random.nextInt(bits), width = 1 + random.nextInt(bits - first);
            int value = random.nextInt(1 << width);
            double angle = random.nextDouble(-3, 3);
            b.ifBits(first, width, value, q -> {
              q.ry(w, angle);
              q.x(w);
            });
            break;
          }
          case 3: b.q().rz(w, random.nextDouble(-3, 3)); break;
          case 4: b.q().h(w); break;
          default:
            if (qubits > 1) {
              b.q().cnot(w, (w + 1) % qubits);
            } else {
              b.q().s(w);
            }
        }
      }
      assertRoundTrip(b.build());
    }
  }

  @Test
  void aBlockOfGatesAndARangeConditionTheirBits() {
    NoisyCircuit c = DynamicQasmImporter.parse("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n"
        + "qubit[2] q;\nbit[3] c;\nc[1] = measure q[0];\nif (c[1:2] == 2) {\n  x q[1];\n"
        + "  h q[0];\n}\n");
    assertEquals(3, c.instructions().size());
    assertEquals(new Instruction.Measure(0, 1), c.instructions().get(0));
    Instruction.Conditional x = (Instruction.Conditional) c.instructions().get(1);
    Instruction.Conditional h = (Instruction.Conditional) c.instructions().get(2);
    assertEquals(1, x.firstBit());
    assertEquals(2, x.width());
    assertEquals(2, x.value());
    assertEquals(1, h.firstBit());
    assertEquals(io.qml4j.dsl.Gate.H, ((Instruction.Gate) h.body()).operation().gate());
  }

  private static void assertRefused(String body, int line, int column, String message) {
    String head = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nbit[2] c;\n";
    QasmException e = assertThrows(QasmException.class,
        () -> DynamicQasmImporter.parse(head + body));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.detail().contains(message), e.getMessage());
  }

  @Test
  void unsupportedOpenQasm3IsRefusedWithLineAndColumn() {
    assertRefused("if (c[0] == 1) { x q[0]; } else { x q[1]; }\n", 5, 28,
        "'else' is not supported");
    assertRefused("while (c[0] == 0) { x q[0]; }\n", 5, 1, "'while' is not supported");
    assertRefused("for int i in [0:1] { x q[i]; }\n", 5, 1, "'for' is not supported");
    assertRefused("def f(qubit a) { x a; }\n", 5, 1, "'def' is not supported");
    assertRefused("if (c[0:1:1] == 1) { x q[0]; }\n", 5, 10, "a stepped range");
    assertRefused("if (c[1:0] == 1) { x q[0]; }\n", 5, 9, "runs backwards");
    assertRefused("if (c[0] != 1) { x q[0]; }\n", 5, 10, "expected '=='");
    assertRefused("if (c[0] == 2) { x q[0]; }\n", 5, 13, "expected a value 0..1 of the 1-bit "
        + "bits 'c[0]'");
    assertRefused("if (c[0] == 1) {\n  c[1] = measure q[0];\n}\n", 6, 3,
        "'c' inside 'if' is not supported");
    assertRefused("if (c[0] == 1) {\n  x q[0];\n", 7, 1, "unterminated block of 'if' at line 5");
    assertRefused("if (c[2] == 1) { x q[0]; }\n", 5, 7, "index 2 is out of range");
  }
}
