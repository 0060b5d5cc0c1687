package io.qml4j.runtime.ml.persist;

import java.util.Locale;
import java.util.Objects;

/**
 * A named run of consecutive values in a parameter vector, such as a classifier's circuit angles
 * ({@code theta}), its head's {@code scale} or its {@code bias}. A model's shape is the list of
 * its blocks in order.
 *
 * @param name the block's name: non-blank
 * @param size how many values it holds: at least 1
 */
public record ParameterBlock(String name, int size) {
  /**
   * Checks the block.
   *
   * @throws IllegalArgumentException for a blank name or a size below 1
   */
  public ParameterBlock {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: expected a block name, got a blank one");
    }
    if (size < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "size: block '%s' must hold at least 1 value, got %d", name, size));
    }
  }

  @Override
  public String toString() {
    return name + "[" + size + "]";
  }
}
