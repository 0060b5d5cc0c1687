package io.qml4j.runtime.backend;

import io.qml4j.runtime.observable.Sampler;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measurement outcomes of one circuit: how many shots read each bitstring.
 *
 * <p>Bit order: a bitstring has one character per wire of the submitted circuit, wire 0 first,
 * so wire 0 is the most significant bit of the basis index it names ({@code "10"} on two wires is
 * index 2: wire 0 read 1). Qiskit prints the same outcome with qubit 0 last, so its strings read
 * backwards. On a device with a coupling map the backend reports logical wires, undoing the
 * transpiler's layout.
 *
 * @param qubits the number of wires measured
 * @param shots the number of shots
 * @param counts occurrences by bitstring, sorted by bitstring; bitstrings never read are absent
 * @param probabilities exact probabilities by basis index from an exact backend, or null
 */
public record Counts(int qubits, int shots, Map<String, Integer> counts, double[] probabilities) {
  /** Copies the map and the probabilities. */
  public Counts {
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    probabilities = probabilities == null ? null : probabilities.clone();
  }

  /** Counts of sampled basis indices (wire 0 the most significant bit). */
  static Counts ofSamples(int qubits, int[] samples, double[] probabilities) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int k : samples) {
      counts.merge(Sampler.bitstring(k, qubits), 1, Integer::sum);
    }
    return new Counts(qubits, samples.length, counts, probabilities);
  }

  /** The exact probabilities by basis index (a copy), or null from a sampling backend. */
  @Override
  public double[] probabilities() {
    return probabilities == null ? null : probabilities.clone();
  }

  /** The probability of each basis index: exact when known, else the observed frequency. */
  public double[] distribution() {
    if (probabilities != null) {
      return probabilities.clone();
    }
    double[] p = new double[1 << qubits];
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      p[Integer.parseInt(e.getKey(), 2)] = (double) e.getValue() / shots;
    }
    return p;
  }

  /** How many shots read the bitstring (0 if none). */
  public int get(String bitstring) {
    return counts.getOrDefault(bitstring, 0);
  }
}
