package io.qml4j.dsl;

import java.util.List;
import java.util.Locale;

/**
 * The noise channels a model may place with {@link Q} ({@code q.depolarizing(wire, p)}, ...), each
 * on one wire, with its parameters and their valid ranges: one definition that the runtime's
 * channel factories and the annotation processor (which reports a constant out of range as a
 * compile-time error at its line) both follow.
 */
public enum ChannelKind {
  /** X with probability p. */
  BIT_FLIP("bitFlip", "p"),
  /** Z with probability p. */
  PHASE_FLIP("phaseFlip", "p"),
  /** X, Y or Z each with probability p / 3. */
  DEPOLARIZING("depolarizing", "p"),
  /** Decay of |1> to |0> with probability gamma. */
  AMPLITUDE_DAMPING("amplitudeDamping", "gamma"),
  /** Loss of phase with probability lambda. */
  PHASE_DAMPING("phaseDamping", "lambda"),
  /** Relaxation with times T1 and T2 over a gate time (any one unit for all three). */
  THERMAL_RELAXATION("thermalRelaxation", "t1", "t2", "time");

  private final String methodName;
  private final List<String> parameters;

  ChannelKind(String methodName, String... parameters) {
    this.methodName = methodName;
    this.parameters = List.of(parameters);
  }

  /** The method of {@link Q} that places it. */
  public String methodName() {
    return methodName;
  }

  /** The parameter names, in order. */
  public List<String> parameters() {
    return parameters;
  }

  /** The channel placed by the {@link Q} method of that name, or null. */
  public static ChannelKind forMethodName(String name) {
    for (ChannelKind k : values()) {
      if (k.methodName.equals(name)) {
        return k;
      }
    }
    return null;
  }

  /**
   * What is wrong with these parameter values, or null when they are valid: a probability must
   * lie in [0, 1]; T1 and T2 must be finite and positive with {@code T2 <= 2 T1}, the time finite
   * and not negative.
   *
   * @param values the values, one per {@link #parameters()} entry
   * @return the problem, naming the parameter, or null
   */
  public String problem(double... values) {
    if (values.length != parameters.size()) {
      return String.format(Locale.ROOT, "%s takes %d parameter(s) %s, got %d", methodName,
          parameters.size(), parameters, values.length);
    }
    if (this != THERMAL_RELAXATION) {
      return values[0] >= 0 && values[0] <= 1 ? null : String.format(Locale.ROOT,
          "%s %s = %s is not a probability; expected a value in [0, 1]", methodName,
          parameters.get(0), values[0]);
    }
    for (int k = 0; k < 2; k++) {
      if (!(values[k] > 0) || !Double.isFinite(values[k])) {
        return String.format(Locale.ROOT, "%s %s = %s; expected a finite time > 0", methodName,
            parameters.get(k), values[k]);
      }
    }
    if (!(values[2] >= 0) || !Double.isFinite(values[2])) {
      return String.format(Locale.ROOT, "%s time = %s; expected a finite time >= 0", methodName,
          values[2]);
    }
    if (values[1] > 2 * values[0] * (1 + 1e-12)) {
      return String.format(Locale.ROOT, "%s t2 = %s exceeds 2 * t1 = %s; a physical qubit has "
          + "T2 <= 2 T1", methodName, values[1], 2 * values[0]);
    }
    return null;
  }
}
