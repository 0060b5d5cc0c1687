package io.qml4j.runtime.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.noise.Channels;
import io.qml4j.runtime.noise.DensityMatrixResult;
import io.qml4j.runtime.noise.DensityMatrixSimulator;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.noise.NoisyCircuitBuilder;
import io.qml4j.runtime.observable.PauliSum;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** OpenQASM 2.0 with mid-circuit measure, reset and if: import, simulate, export. */
class DynamicQasmTest {
  private static final double TOLERANCE = 1e-12;

  private static NoisyCircuit file(String name) throws IOException, URISyntaxException {
    return DynamicQasmImporter.read(Path.of(DynamicQasmTest.class
        .getResource("/qasm-dynamic/" + name).toURI()));
  }

  @Test
  void teleportationFromThePaperDeliversTheState() throws Exception {
    NoisyCircuit c = file("teleport.qasm");
    assertEquals(3, c.bits());
    assertTrue(c.isDynamic());
    double[] records = DensityMatrixSimulator.run(c).recordProbabilities();
    // c0 and c1 uniform; c2 (bit 2) reads 1 with the input's |<1|u3|0>|^2 = sin^2(0.15)
    double one = 0;
    for (int r = 0; r < 8; r++) {
      if ((r & 4) != 0) {
        one += records[r];
      }
      double both = records[r & 3] + records[(r & 3) | 4];
      assertEquals(0.25, both, TOLERANCE, "record " + (r & 3));
    }
    assertEquals(Math.pow(Math.sin(0.15), 2), one, TOLERANCE);
  }

  @Test
  void resetAndReuseWithATwoBitCondition() throws Exception {
    DensityMatrixResult r = DensityMatrixSimulator.run(file("reset-reuse.qasm"));
    double p = Math.pow(Math.sin(0.55), 2), q = Math.pow(Math.sin(0.2), 2);
    double[] records = r.recordProbabilities();
    assertEquals((1 - p) * (1 - q), records[0], TOLERANCE);
    assertEquals(p * (1 - q), records[1], TOLERANCE);
    assertEquals((1 - p) * q, records[2], TOLERANCE);
    assertEquals(p * q, records[3], TOLERANCE);
    // X on q[1] exactly when both bits read 1
    assertEquals(1 - 2 * p * q, r.expectation(PauliSum.z(1)), TOLERANCE);
  }

  @Test
  void exportWritesMeasureResetAndIfAsOpenQasm3() throws Exception {
    String text = DynamicQasmExporter.toQasm3(file("reset-reuse.qasm"));
    assertTrue(text.contains("bit[2] c;\n"), text);
    assertTrue(text.contains("c[0] = measure q[0];\n"), text);
    assertTrue(text.contains("reset q[0];\n"), text);
    assertTrue(text.contains("if (c[0:1] == 3) {\n  x q[1];\n}\n"), text);
    String teleport = DynamicQasmExporter.toQasm3(file("teleport.qasm"));
    assertTrue(teleport.contains("if (c[0] == 1) {\n  z q[2];\n}\n"), teleport);
  }

  @Test
  void theUnitaryImporterStillRefusesDynamicPrograms() {
    QasmException e = assertThrows(QasmException.class, () -> QasmImporter.parse(
        "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\ncreg c[1];\nmeasure q[0] -> c[0];\n"
            + "if(c==1) x q[0];\n"));
    assertTrue(e.getMessage().contains("'if'"), e.getMessage());
  }

  @Test
  void badConditionsAndChannelsAreNamed() {
    String head = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\ncreg c[2];\n";
    QasmException undeclared = assertThrows(QasmException.class,
        () -> DynamicQasmImporter.parse(head + "if(d==1) x q[0];\n"));
    assertTrue(undeclared.getMessage().contains("undeclared classical register 'd'"),
        undeclared.getMessage());
    QasmException tooBig = assertThrows(QasmException.class,
        () -> DynamicQasmImporter.parse(head + "if(c==4) x q[0];\n"));
    assertTrue(tooBig.getMessage().contains("expected a value 0..3 of the 2-bit register 'c'"),
        tooBig.getMessage());
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(1, 0);
    b.channel(Channels.bitFlip(0.1), 0);
    IllegalArgumentException channel = assertThrows(IllegalArgumentException.class,
        () -> DynamicQasmExporter.toQasm3(b.build()));
    assertTrue(channel.getMessage().startsWith("circuit: bitFlip(0.1)[0] is a noise channel"),
        channel.getMessage());
  }
}
