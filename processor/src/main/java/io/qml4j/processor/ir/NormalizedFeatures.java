package io.qml4j.processor.ir;

import java.util.List;

/**
 * Values a template normalises, such as the features of {@code amplitudeEmbedding}: the circuit is
 * defined only when at least one of them is non-zero. The runtime builder rejects an all-zero
 * vector when it expands the template; generated code cannot see that at compile time when the
 * values depend on {@code x} or {@code theta}, so it checks them on every call instead of
 * silently simulating the angles {@code atan2(0, 0) = 0} give.
 *
 * @param values the expressions, at least one not a constant zero
 * @param site the template call
 */
public record NormalizedFeatures(List<Expr> values, Site site) {
  /** Copies the list. */
  public NormalizedFeatures {
    values = List.copyOf(values);
  }
}
