package io.qml4j.runtime.ml.optim;

import java.util.Locale;

/**
 * Stops an optimisation once the best loss seen has not improved by more than {@code minDelta}
 * for {@code patience} consecutive steps.
 *
 * @param patience steps without improvement tolerated, at least 1
 * @param minDelta smallest decrease of the best loss that counts as an improvement, at least 0
 */
public record EarlyStopping(int patience, double minDelta) {
  /** Checks the arguments. */
  public EarlyStopping {
    if (patience < 1) {
      throw new IllegalArgumentException("patience: expected at least 1, got " + patience);
    }
    if (!(minDelta >= 0 && Double.isFinite(minDelta))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "minDelta: expected a finite number >= 0, got %s", minDelta));
    }
  }
}
