package io.qml4j.samples.showcase;

import java.util.Locale;

/** Range checks of command-line options, failing with a message that names the option. */
final class OptionChecks {
  private OptionChecks() {}

  static void atLeast(String option, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected at least %d, got %d", option, min, value));
    }
  }

  static void between(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected %d to %d, got %d", option, min, max, value));
    }
  }

  static void positive(String option, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a finite number > 0, got %s", option, value));
    }
  }

  static void within(String option, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a number in [%s, %s], got %s", option, min, max, value));
    }
  }
}
