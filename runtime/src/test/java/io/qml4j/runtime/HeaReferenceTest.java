package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HEA workload of docs/benchmarks.md with its exact angles gives the reference {@code <Z_0>} that
 * all double-precision peers agree on, through the serial and the parallel engine.
 */
class HeaReferenceTest {
  private static final double TOLERANCE = 1e-12;

  @ParameterizedTest(name = "n={0}, L={1}")
  @CsvSource({
      "4, 4, -0.354185514443131",
      "10, 10, 0.0357579774757029",
      "16, 10, -0.00661148969973959",
      "20, 5, -0.000154637239610845",
  })
  void expectationOfZ0MatchesTheReference(int n, int layers, double expected) throws IOException {
    Circuit circuit = hea(n, layers, angles(n, layers));
    assertEquals(expected, z0(Simulator.run(circuit)), TOLERANCE, "serial");
    assertEquals(expected, z0(ParallelSimulator.run(circuit, 2)), TOLERANCE, "2 threads");
  }

  /** Each layer: RY on every wire, RZ on every wire, CNOT ring; angle k = l 2n + g n + q. */
  static Circuit hea(int n, int layers, double[] theta) {
    CircuitBuilder q = new CircuitBuilder(n);
    for (int l = 0; l < layers; l++) {
      for (int w = 0; w < n; w++) {
        q.ry(w, theta[l * 2 * n + w]);
      }
      for (int w = 0; w < n; w++) {
        q.rz(w, theta[l * 2 * n + n + w]);
      }
      for (int w = 0; w < n; w++) {
        q.cnot(w, (w + 1) % n);
      }
    }
    return q.build();
  }

  /** {@code <Z_0>}: wire 0 is the most significant bit, so the upper half counts negative. */
  static double z0(StateVector state) {
    double[] s = state.amplitudes();
    int half = s.length / 2;
    double z = 0;
    for (int i = 0; i < s.length; i++) {
      z += (i < half ? 1 : -1) * s[i] * s[i];
    }
    return z;
  }

  static double[] angles(int n, int layers) throws IOException {
    String name = "/bench/angles_n" + n + "_L" + layers + ".txt";
    try (InputStream in = HeaReferenceTest.class.getResourceAsStream(name)) {
      String[] tokens = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim()
          .split("\\s+");
      assertEquals(n, Integer.parseInt(tokens[0]), name + ": n");
      assertEquals(layers, Integer.parseInt(tokens[1]), name + ": L");
      assertEquals(2 + 2 * n * layers, tokens.length, name + ": angle count");
      double[] theta = new double[2 * n * layers];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = Double.parseDouble(tokens[2 + k]);
      }
      return theta;
    }
  }
}
