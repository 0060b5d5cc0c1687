package io.qml4j.runtime.internal;

import java.util.Locale;

/**
 * Checks that generated models make on values they compute, with the messages of the runtime's
 * builder, so that a compiled model and the same methods run through {@code CircuitBuilder} fail
 * alike. Not API: see the package documentation.
 */
public final class GeneratedChecks {
  private GeneratedChecks() {}

  /**
   * An angle a generated model computed from its arguments, when finite. {@code Math.sqrt(-1)} or
   * an overflow must not silently fill the state with NaN: the builder rejects such an angle with
   * this same message, and so does the generated model.
   *
   * @param angle the computed angle
   * @param gate the gate's display name, such as {@code RY}
   * @param k which angle of the gate
   * @return the angle
   * @throws IllegalArgumentException when the angle is NaN or infinite
   */
  public static double angle(double angle, String gate, int k) {
    if (!Double.isFinite(angle)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: %s angle %d is %s, expected a finite number", gate, k, angle));
    }
    return angle;
  }
}
