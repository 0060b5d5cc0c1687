package io.qml4j.runtime.qaoa;

import java.util.Arrays;

/**
 * Optimised QAOA angles for p layers. Arrays are copied in and out.
 *
 * @param layers p
 * @param parameters {@code (gamma_1 .. gamma_p, beta_1 .. beta_p)}
 * @param expectation the expected cost {@code <C>} at those angles
 * @param evaluations the number of expectation evaluations spent, grid search included
 */
public record QaoaResult(int layers, double[] parameters, double expectation, int evaluations) {
  /** Copies the parameters. */
  public QaoaResult {
    parameters = parameters.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  /** The gammas. */
  public double[] gammas() {
    return Arrays.copyOfRange(parameters, 0, layers);
  }

  /** The betas. */
  public double[] betas() {
    return Arrays.copyOfRange(parameters, layers, 2 * layers);
  }

  /** The approximation ratio {@code <C> / optimum}, for example against a brute-force MaxCut. */
  public double ratio(double optimum) {
    return expectation / optimum;
  }
}
