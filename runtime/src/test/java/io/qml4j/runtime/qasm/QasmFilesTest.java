package io.qml4j.runtime.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small real-world programs from test resources, checked against their analytic states. */
class QasmFilesTest {
  private static QasmProgram read(String name) throws IOException, URISyntaxException {
    return QasmImporter.read(Path.of(QasmFilesTest.class.getResource("/qasm/" + name).toURI()));
  }

  @Test
  void bellPairWithFinalMeasurements() throws Exception {
    QasmProgram program = read("bell.qasm");
    StateVector state = Simulator.run(program.circuit());
    double r = Math.sqrt(0.5);
    assertAmplitudes(state, new double[] {r, 0, 0, 0, 0, 0, r, 0});
    assertEquals(List.of(new QasmProgram.Measurement(0, "c[0]", 9),
        new QasmProgram.Measurement(1, "c[1]", 10)), program.measurements());
  }

  @Test
  void ghzOnThreeQubits() throws Exception {
    QasmProgram program = read("ghz.qasm");
    double[] expected = new double[16];
    expected[0] = Math.sqrt(0.5);
    expected[14] = Math.sqrt(0.5);
    assertAmplitudes(Simulator.run(program.circuit()), expected);
    assertEquals(3, program.measurements().size());
  }

  /**
   * Qiskit's QFT maps |x> to {@code sum_k exp(2 pi i x k / 16) |k> / 4} with q[0] the least
   * significant bit of x and k; qml4j's basis index j holds Qiskit's k = reverse_4(j).
   */
  @Test
  void qftOnFourQubitsIsTheDiscreteFourierTransform() throws Exception {
    StateVector state = Simulator.run(read("qft4.qasm").circuit());
    int x = 5;
    double[] expected = new double[32];
    for (int j = 0; j < 16; j++) {
      int k = Integer.reverse(j) >>> 28;
      expected[2 * j] = Math.cos(2 * Math.PI * x * k / 16) / 4;
      expected[2 * j + 1] = Math.sin(2 * Math.PI * x * k / 16) / 4;
    }
    assertAmplitudes(state, expected);
  }

  private static void assertAmplitudes(StateVector state, double[] expected) {
    for (int j = 0; j < state.dimension(); j++) {
      assertEquals(expected[2 * j], state.real(j), QasmAssertions.TOLERANCE, "real " + j);
      assertEquals(expected[2 * j + 1], state.imag(j), QasmAssertions.TOLERANCE, "imag " + j);
    }
  }
}
