package io.qml4j.runtime.noise.mitigation;

import io.qml4j.runtime.Circuit;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Zero-noise extrapolation (Temme, Bravyi and Gambetta, PRL 119, 180509 (2017); Mitiq's
 * {@code execute_with_zne}): the expectation is measured on the circuit folded to several noise
 * scale factors ({@link Folding}) and extrapolated back to zero noise ({@link Extrapolator}).
 * The executor is whatever returns a noisy expectation of a circuit, e.g.
 * {@code c -> DensityMatrixSimulator.expectation(model.apply(c), h)}.
 */
public final class ZeroNoiseExtrapolation {
  private ZeroNoiseExtrapolation() {}

  /**
   * The outcome.
   *
   * @param scales the scale factors reached (gate count ratios)
   * @param values the noisy expectation at each
   * @param estimate the extrapolated zero-noise value
   */
  public record Result(double[] scales, double[] values, double estimate) {}

  /**
   * Folds, runs and extrapolates.
   *
   * @param circuit the ideal circuit
   * @param noisyExpectation runs a circuit under noise and returns the expectation
   * @param scaleFactors the scale factors asked for, each at least 1 (e.g. 1, 3, 5)
   * @param method global or per-gate folding
   * @param extrapolator the fit
   * @throws IllegalArgumentException if a scale factor is below 1, or two reach the same scale
   */
  public static Result run(Circuit circuit, ToDoubleFunction<Circuit> noisyExpectation,
      double[] scaleFactors, Folding.Method method, Extrapolator extrapolator) {
    double[] scales = new double[scaleFactors.length];
    double[] values = new double[scaleFactors.length];
    for (int i = 0; i < scales.length; i++) {
      Circuit folded = Folding.fold(circuit, scaleFactors[i], method);
      scales[i] = Folding.scaleOf(circuit, folded);
      for (int j = 0; j < i; j++) {
        if (scales[j] == scales[i]) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "scaleFactors: %s and %s both fold this %d-gate circuit to scale %s",
              scaleFactors[j], scaleFactors[i], circuit.size(), scales[i]));
        }
      }
      values[i] = noisyExpectation.applyAsDouble(folded);
    }
    return new Result(scales, values, extrapolator.extrapolate(scales, values));
  }
}
