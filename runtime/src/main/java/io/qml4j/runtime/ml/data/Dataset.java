package io.qml4j.runtime.ml.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Labelled examples for classification: one row of finite features and one integer label per
 * example, all rows of the same length. Immutable; arrays are copied in and out.
 */
public final class Dataset {
  private final double[][] features;
  private final int[] labels;

  /**
   * A dataset of the given rows and labels.
   *
   * @throws IllegalArgumentException if the counts differ, a row has another length than the
   *     first, or a feature is NaN or infinite
   */
  public Dataset(double[][] features, int[] labels) {
    if (features.length != labels.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: expected one per example (%d), got %d", features.length, labels.length));
    }
    this.features = Checks.copyRows("features", features);
    this.labels = labels.clone();
  }

  /** Number of examples. */
  public int size() {
    return labels.length;
  }

  /** Number of features per example; 0 for an empty dataset. */
  public int dimension() {
    return features.length == 0 ? 0 : features[0].length;
  }

  /** A copy of all feature rows. */
  public double[][] features() {
    return Checks.copy(features);
  }

  /** A copy of the features of example i. */
  public double[] features(int i) {
    return features[i].clone();
  }

  /** A copy of all labels. */
  public int[] labels() {
    return labels.clone();
  }

  /** The label of example i. */
  public int label(int i) {
    return labels[i];
  }

  /**
   * The fraction of the examples whose label a classifier predicts: the one scoring rule every
   * classifier's {@code accuracy(Dataset)} uses.
   *
   * @param predict the classifier's predictions for a matrix of feature rows
   * @return correct predictions over examples
   * @throws IllegalArgumentException for a dataset with no examples (before predict is called)
   */
  public double accuracy(Function<double[][], int[]> predict) {
    if (size() == 0) {
      throw new IllegalArgumentException("data: expected examples to score, got none");
    }
    int[] predicted = predict.apply(features());
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      correct += predicted[i] == labels[i] ? 1 : 0;
    }
    return correct / (double) size();
  }

  /** The distinct labels, ascending. */
  public int[] classes() {
    return Arrays.stream(labels).distinct().sorted().toArray();
  }

  /** The examples at the given indices, in that order (repeats allowed). */
  public Dataset subset(int[] indices) {
    double[][] x = new double[indices.length][];
    int[] y = new int[indices.length];
    for (int k = 0; k < indices.length; k++) {
      if (indices[k] < 0 || indices[k] >= size()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "indices: entry %d is %d, expected 0..%d", k, indices[k], size() - 1));
      }
      x[k] = features[indices[k]];
      y[k] = labels[indices[k]];
    }
    return new Dataset(x, y);
  }

  /** The same labels with other features (such as scaled ones), checked like the constructor. */
  public Dataset withFeatures(double[][] newFeatures) {
    return new Dataset(newFeatures, labels);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Dataset(%d examples, %d features, classes %s)",
        size(), dimension(), Arrays.toString(classes()));
  }
}
