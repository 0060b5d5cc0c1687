package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.draw.ResourceCounts;

/**
 * A transpiled circuit and what it took.
 *
 * <p>The circuit acts on the device's physical qubits. Logical wire {@code w} of the original
 * starts on physical qubit {@code initialLayout[w]} and ends on {@code finalLayout[w]}; physical
 * qubits holding no logical wire start in |0&gt; and end in |0&gt;. So, up to a global phase,
 * running the original on a state and placing each wire by the initial layout, then running this
 * circuit, gives the original's output placed by the final layout.
 *
 * @param circuit the native, routed circuit on the device's qubits
 * @param initialLayout physical qubit of each logical wire at the start
 * @param finalLayout physical qubit of each logical wire at the end
 * @param swapsAdded SWAPs the router inserted (each became three native two-qubit gates)
 * @param before resource counts of the original
 * @param after resource counts of the transpiled circuit
 */
public record TranspileResult(Circuit circuit, int[] initialLayout, int[] finalLayout,
    int swapsAdded, ResourceCounts before, ResourceCounts after) {
  /** Copies the layouts. */
  public TranspileResult {
    initialLayout = initialLayout.clone();
    finalLayout = finalLayout.clone();
  }

  /** The physical qubit of each logical wire at the start (a copy). */
  @Override
  public int[] initialLayout() {
    return initialLayout.clone();
  }

  /** The physical qubit of each logical wire at the end (a copy). */
  @Override
  public int[] finalLayout() {
    return finalLayout.clone();
  }

  /** A two-line report: the counts before and after, and the SWAPs added. */
  public String report() {
    return "before: " + before + "\nafter:  " + after + ", swaps added " + swapsAdded;
  }
}
