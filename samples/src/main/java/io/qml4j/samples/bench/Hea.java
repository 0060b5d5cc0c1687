package io.qml4j.samples.bench;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.StateVector;
import io.qml4j.samples.bench.models.HeaLayers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HEA workload of docs/benchmarks.md: n qubits, L layers of RY on every wire, RZ on every wire and a
 * CNOT ring, with the exact angles of {@code /bench/angles_n{n}_L{L}.txt}.
 */
final class Hea {
  private Hea() {}

  /** The angles of a case, flat index {@code k = l 2n + g n + q} (g = 0 for RY, 1 for RZ). */
  static double[] angles(int n, int layers) {
    String name = "/bench/angles_n" + n + "_L" + layers + ".txt";
    try (InputStream in = Hea.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no angle file " + name);
      }
      String[] tokens = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim()
          .split("\\s+");
      double[] theta = new double[2 * n * layers];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = Double.parseDouble(tokens[2 + k]);
      }
      return theta;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The circuit, built through the dynamic builder. */
  static Circuit circuit(int n, int layers, double[] theta) {
    CircuitBuilder q = new CircuitBuilder(n);
    HeaLayers.hea(q, theta, n, layers);
    return q.build();
  }

  /** {@code <Z_0>} read directly off the amplitudes: wire 0 is the most significant bit. */
  static double z0(StateVector state) {
    return z0(state.amplitudes());
  }

  static double z0(double[] s) {
    int half = s.length / 2;
    double plus = 0, minus = 0;
    for (int i = 0; i < half; i++) {
      plus += s[i] * s[i];
    }
    for (int i = half; i < s.length; i++) {
      minus += s[i] * s[i];
    }
    return plus - minus;
  }

  /** {@link #z0(double[])} of float amplitudes, summed in double. */
  static double z0(float[] s) {
    int half = s.length / 2;
    double plus = 0, minus = 0;
    for (int i = 0; i < half; i++) {
      plus += (double) s[i] * s[i];
    }
    for (int i = half; i < s.length; i++) {
      minus += (double) s[i] * s[i];
    }
    return plus - minus;
  }
}
