package io.qml4j.runtime.gradient;

import io.qml4j.runtime.Operation;
import java.util.List;
import java.util.Locale;

/**
 * One gate of a {@link ParametrizedCircuit}: a validated template {@link Operation} (gate, wires,
 * Pauli word or matrix) whose angles are given by {@link Param} expressions, one per angle slot.
 *
 * @param template the gate on its wires; its own angles are placeholders
 * @param angles one expression per angle of the gate
 */
public record ParametrizedOperation(Operation template, List<Param> angles) {
  /** Checks that there is one expression per angle slot. */
  public ParametrizedOperation {
    angles = List.copyOf(angles);
    if (angles.size() != template.gate().params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: gate %s takes %d angle(s), got %d", template.gate(),
          template.gate().params(), angles.size()));
    }
  }

  /** The gate with its angles evaluated at {@code theta} and {@code x}. */
  public Operation bind(double[] theta, double[] x) {
    if (angles.isEmpty()) {
      return template;
    }
    double[] values = new double[angles.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = angles.get(k).value(theta, x);
    }
    return template.withAngles(values);
  }

  /** Whether some angle depends on theta or x, so that the gate contributes to gradients. */
  public boolean isTrainable() {
    for (Param p : angles) {
      if (!p.isConstant()) {
        return true;
      }
    }
    return false;
  }

  /** Such as {@code "RY[0](theta[3])"}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(template.gate().displayName());
    if (template.word() != null) {
      b.append('[').append(template.word()).append(']');
    }
    b.append(java.util.Arrays.toString(template.wires()));
    if (!angles.isEmpty()) {
      b.append('(');
      for (int k = 0; k < angles.size(); k++) {
        b.append(k > 0 ? ", " : "").append(angles.get(k));
      }
      b.append(')');
    }
    return b.toString();
  }
}
