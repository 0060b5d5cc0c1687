package io.qml4j.runtime.backend;

import java.util.List;

/**
 * The results of a job, one {@link Counts} per submitted circuit, in submission order.
 *
 * @param backend the name of the backend that ran it
 * @param counts the counts of each circuit
 */
public record JobResult(String backend, List<Counts> counts) {
  /** Copies the list. */
  public JobResult {
    counts = List.copyOf(counts);
  }

  /** The counts of circuit i. */
  public Counts get(int i) {
    return counts.get(i);
  }
}
