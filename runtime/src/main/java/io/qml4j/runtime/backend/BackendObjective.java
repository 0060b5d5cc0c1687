package io.qml4j.runtime.backend;

import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.VariationalForm;
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

  private BackendObjective(Backend backend, VariationalForm form, PauliSum h, int shots,
      long seed) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.form = Objects.requireNonNull(form, "form");
    this.h = Objects.requireNonNull(h, "h");
    this.shots = shots;
    this.seeds = new SplittableRandom(seed);
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
    return new BackendObjective(backend, form, h, shots, seed);
  }

  private synchronized long nextSeed() {
    return seeds.nextLong();
  }

  @Override
  public double value(double[] theta) {
    return Backends.expectation(backend, form.circuit(theta), h, shots, nextSeed()).mean();
  }

  /**
   * The parameter-shift gradient on the backend.
   *
   * @throws UnsupportedOperationException if the form has no template to shift
   */
  @Override
  public double[] gradient(double[] theta) {
    ParametrizedCircuit template = form.template().orElseThrow(() ->
        new UnsupportedOperationException("form: " + form + " has no template; use a "
            + "derivative-free optimiser"));
    return Backends.parameterShiftGradient(backend, template, theta, new double[0], h, shots,
        nextSeed()).theta();
  }
}
