package io.qml4j.samples.cli;

import io.qml4j.runtime.observable.Sampler;
import java.util.Map;

/**
 * Probabilities of basis states as one line of JSON, e.g. {@code {"00": 0.5, "11": 0.5}}: keys
 * are bitstrings with wire 0 ({@code q[0]} of an OpenQASM program) first, in increasing basis
 * index; values are printed with {@link Double#toString(double)}; states of probability exactly
 * zero are left out.
 */
final class ProbabilitiesJson {
  private ProbabilitiesJson() {}

  /** Probabilities indexed by basis state (wire 0 the most significant bit). */
  static String of(double[] probabilities, int qubits) {
    StringBuilder json = new StringBuilder("{");
    for (int k = 0; k < probabilities.length; k++) {
      if (probabilities[k] != 0) {
        entry(json, Sampler.bitstring(k, qubits), probabilities[k]);
      }
    }
    return json.append('}').toString();
  }

  /** Observed frequencies, {@code count / shots}, of counted bitstrings. */
  static String ofCounts(Map<String, Integer> counts, int shots) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      entry(json, e.getKey(), (double) e.getValue() / shots);
    }
    return json.append('}').toString();
  }

  private static void entry(StringBuilder json, String bitstring, double value) {
    if (json.length() > 1) {
      json.append(", ");
    }
    json.append('"').append(bitstring).append("\": ").append(Double.toString(value));
  }
}
