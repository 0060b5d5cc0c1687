package io.qml4j.runtime.backend.remote;

import io.qml4j.runtime.backend.Counts;
import java.util.Map;
import java.util.TreeMap;

/**
 * Services' results as {@link Counts}, wire 0 first. Services that number outcomes as integers
 * (IBM's hex samples, IonQ's histogram keys) put bit {@code c[0]} (wire 0) in the least
 * significant place, as Qiskit does; qml4j's bitstrings put wire 0 first, so bit w of the integer
 * becomes character w of the string.
 */
public final class RemoteCounts {
  private RemoteCounts() {}

  /**
   * The bitstring of an outcome integer whose bit w is wire w.
   *
   * @param outcome the integer
   * @param wires the number of wires
   * @return the bitstring, wire 0 first
   */
  public static String littleEndianBits(long outcome, int wires) {
    char[] bits = new char[wires];
    for (int w = 0; w < wires; w++) {
      bits[w] = ((outcome >>> w) & 1) != 0 ? '1' : '0';
    }
    return new String(bits);
  }

  /**
   * Counts from a service's probabilities (or frequencies) of each outcome: each is scaled by
   * the shots and rounded by largest remainder, so the counts add up to the shots exactly.
   *
   * @param wires the number of wires
   * @param shots the shots run
   * @param probabilities probability by bitstring (wire 0 first)
   * @return the counts
   */
  public static Counts fromProbabilities(int wires, int shots,
      Map<String, Double> probabilities) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Double> remainders = new TreeMap<>();
    double total = 0;
    for (double p : probabilities.values()) {
      total += p;
    }
    int assigned = 0;
    for (Map.Entry<String, Double> e : probabilities.entrySet()) {
      double exact = e.getValue() / total * shots;
      int whole = (int) Math.floor(exact);
      counts.put(e.getKey(), whole);
      remainders.put(e.getKey(), exact - whole);
      assigned += whole;
    }
    for (int left = shots - assigned; left > 0; left--) {
      String best = null;
      for (Map.Entry<String, Double> e : remainders.entrySet()) {
        if (best == null || e.getValue() > remainders.get(best)) {
          best = e.getKey();
        }
      }
      counts.merge(best, 1, Integer::sum);
      remainders.put(best, -1.0);
    }
    counts.values().removeIf(c -> c == 0);
    return new Counts(wires, shots, counts, null);
  }
}
