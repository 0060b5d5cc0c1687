package io.qml4j.samples.showcase;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one showcase task achieved, as a row of the {@link ResultsTable}.
 *
 * @param task a short name such as {@code "QSVM, ad hoc (2 qubits)"}
 * @param figure the measured figure with its name, such as {@code "test accuracy 1.000"}
 * @param reference the published or required value it is judged against
 * @param meetsReference whether the figure meets the reference
 * @param seconds wall-clock time of the task
 * @param plots the PNG files written
 * @param values the figures as numbers by name, such as {@code "test accuracy" -> 1.0}, for
 *     scripts and tests
 */
public record TaskResult(String task, String figure, String reference, boolean meetsReference,
    double seconds, List<Path> plots, Map<String, Double> values) {
  /** Checks that every text is present and copies the lists. */
  public TaskResult {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(reference, "reference");
    plots = List.copyOf(plots);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The named figure.
   *
   * @throws IllegalArgumentException naming the figures there are, when there is none by that name
   */
  public double value(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("name: expected one of " + values.keySet() + ", got "
          + name);
    }
    return v;
  }
}
