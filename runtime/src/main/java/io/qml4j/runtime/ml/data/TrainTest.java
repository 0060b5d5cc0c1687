package io.qml4j.runtime.ml.data;

import java.util.Objects;

/**
 * A training set and a test set drawn from the same data.
 *
 * @param train the examples to fit on
 * @param test the held-out examples to evaluate on
 */
public record TrainTest(Dataset train, Dataset test) {
  /** Checks that both sets are present and have the same number of features. */
  public TrainTest {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    if (train.size() > 0 && test.size() > 0 && train.dimension() != test.dimension()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "test: has %d features, train %d", test.dimension(), train.dimension()));
    }
  }
}
