package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.ml.data.Dataset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The class labels a classifier tells apart, ascending and distinct: output k of the model is
 * the k-th label. Saved in a parameter file's metadata as text such as {@code "3,8"}.
 */
final class ClassLabels {
  /** The metadata key the labels are saved under. */
  static final String METADATA_KEY = "labels";

  private final int[] labels;

  private ClassLabels(int[] labels) {
    this.labels = labels;
  }

  /**
   * The labels, checked to be {@code count} distinct values; they are sorted.
   *
   * @throws IllegalArgumentException if there are not {@code count} distinct labels
   */
  static ClassLabels of(int[] labels, int count) {
    if (labels == null) {
      throw new IllegalArgumentException("labels: expected an array of class labels, got null");
    }
    int[] sorted = labels.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "labels: label %d appears twice in %s; expected distinct labels", sorted[i],
            Arrays.toString(labels)));
      }
    }
    if (sorted.length != count) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: the model has %d classes, got %d labels %s", count, sorted.length,
          Arrays.toString(labels)));
    }
    return new ClassLabels(sorted);
  }

  /** Parses the metadata text {@link #text()} writes, such as {@code "3,8"}. */
  static ClassLabels parse(String text, int count) {
    String[] parts = text.split(",", -1);
    int[] values = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        values[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "metadata.%s: expected integers separated by commas, got '%s'", METADATA_KEY, text),
            e);
      }
    }
    return of(values, count);
  }

  /** The labels as saved, such as {@code "3,8"}. */
  String text() {
    return Arrays.stream(labels).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  /** A copy of the labels, ascending. */
  int[] values() {
    return labels.clone();
  }

  /** The label of output k. */
  int label(int k) {
    return labels[k];
  }

  /**
   * The output index of every example's label.
   *
   * @throws IllegalArgumentException naming the first example whose label is not one of these
   */
  int[] indices(Dataset data, String argument) {
    int[] out = new int[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Arrays.binarySearch(labels, data.label(i));
      if (out[i] < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: example %d has label %d, not one of the model's classes %s", argument, i,
            data.label(i), Arrays.toString(labels)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return Arrays.toString(labels);
  }
}
