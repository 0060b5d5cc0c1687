package io.qml4j.runtime.backend;

import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.VariationalForm;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The energy of a variational form on a backend as an optimiser's {@link Objective}, so VQE-style
 * training runs on any backend: the value is {@link Backends#expectation}, the gradient (when the
 * form has a template) {@link Backends#parameterShiftGradient}, each evaluation one job with its
 * own seed drawn from the objective's seed in call order, so a whole run is reproducible.
 */
public final class BackendObjective implements Objective {
  private final Backend backend;
  private final VariationalForm form;
  private final PauliSum h;
  private final int shots;
  private final SplittableRandom seeds;
  private final boolean stepwise;
  /** The point and gradient of the last stepwise value, for the gradient call that follows. */
  private double[] lastPoint;
  private double[] lastGradient;

  private BackendObjective(Backend backend, VariationalForm form, PauliSum h, int shots,
      long seed, boolean stepwise) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.form = Objects.requireNonNull(form, "form");
    this.h = Objects.requireNonNull(h, "h");
    this.shots = shots;
    this.seeds = new SplittableRandom(seed);
    this.stepwise = stepwise;
  }

  /**
   * The objective {@code theta -> <H>} of the form's circuit on the backend.
   *
   * @param backend where every evaluation runs
   * @param form the variational form
   * @param h the observable
   * @param shots shots per measurement group (0 on an exact backend)
   * @param seed the seed of the whole run
   * @return the objective
   */
  public static BackendObjective of(Backend backend, VariationalForm form, PauliSum h, int shots,
      long seed) {
    return new BackendObjective(backend, form, h, shots, seed, false);
  }

  /**
   * The same objective for gradient-based optimisers, one job per step: each value is read from
   * the parameter-shift job ({@link Backends#parameterShiftGradient}, whose unshifted circuits
   * give the value), and its gradient is kept for the {@link #gradient} call at the same point
   * that such an optimiser makes next.
   *
   * @param backend where every evaluation runs
   * @param form the variational form, with a template
   * @param h the observable
   * @param shots shots per measurement group (0 on an exact backend)
   * @param seed the seed of the whole run
   * @return the objective
   * @throws IllegalArgumentException if the form has no template to shift
   */
  public static BackendObjective stepwise(Backend backend, VariationalForm form, PauliSum h,
      int shots, long seed) {
    if (form.template().isEmpty()) {
      throw new IllegalArgumentException("form: " + form + " has no template to shift; use "
          + "BackendObjective.of with a derivative-free optimiser");
    }
    return new BackendObjective(backend, form, h, shots, seed, true);
  }

  private synchronized long nextSeed() {
    return seeds.nextLong();
  }

  @Override
  public double value(double[] theta) {
    if (stepwise) {
      Gradient g = shiftJob(theta);
      synchronized (this) {
        lastPoint = theta.clone();
        lastGradient = g.theta();
      }
      return g.value();
    }
    return Backends.expectation(backend, form.circuit(theta), h, shots, nextSeed()).mean();
  }

  /** Whether the form has a template, so that {@link #gradient} is available. */
  @Override
  public boolean hasGradient() {
    return form.template().isPresent();
  }

  /**
   * The parameter-shift gradient on the backend.
   *
   * @throws UnsupportedOperationException if the form has no template to shift
   */
  @Override
  public double[] gradient(double[] theta) {
    form.template().orElseThrow(() ->
        new UnsupportedOperationException("form: " + form + " has no template; use a "
            + "derivative-free optimiser"));
    synchronized (this) {
      if (stepwise && Arrays.equals(theta, lastPoint)) {
        return lastGradient.clone();
      }
    }
    return shiftJob(theta).theta();
  }

  private Gradient shiftJob(double[] theta) {
    ParametrizedCircuit template = form.template().orElseThrow(() ->
        new UnsupportedOperationException("form: " + form + " has no template; use a "
            + "derivative-free optimiser"));
    return Backends.parameterShiftGradient(backend, template, theta, new double[0], h, shots,
        nextSeed());
  }
}
