package io.qml4j.runtime.vqe;

/**
 * The outcome of a VQE run. Arrays are copied in and out.
 *
 * @param energy the exact energy {@code <psi(theta)|H|psi(theta)>} at {@code parameters}, even
 *     when the optimisation itself used shot estimates
 * @param parameters the optimised parameters
 * @param evaluations the number of energy evaluations the optimiser made
 * @param history the energy the optimiser saw at each evaluation, in order (exact or estimated,
 *     as it was run): the training curve
 */
public record VqeResult(double energy, double[] parameters, int evaluations, double[] history) {
  /** Copies the arrays. */
  public VqeResult {
    parameters = parameters.clone();
    history = history.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  @Override
  public double[] history() {
    return history.clone();
  }

  /** The lowest energy seen in {@link #history}. */
  public double bestSeen() {
    double best = Double.POSITIVE_INFINITY;
    for (double e : history) {
      best = Math.min(best, e);
    }
    return best;
  }
}
