package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.Bobyqa;
import io.qml4j.runtime.ml.optim.CmaEs;
import io.qml4j.runtime.ml.optim.GradientDescent;
import io.qml4j.runtime.ml.optim.NelderMead;
import io.qml4j.runtime.ml.optim.Optimizer;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import java.util.Arrays;
import java.util.Locale;

/**
 * The optimisers a task's {@code --optimizer} option can name, all from
 * {@code io.qml4j.runtime.ml.optim}. For the derivative-free ones a step is one evaluation of the
 * objective.
 */
public enum OptimizerChoice {
  /** Adam with the learning rate as its step size. */
  ADAM(true),
  /** Plain gradient descent with the learning rate as its step size. */
  GD(true),
  /** SPSA: two evaluations per step, no gradient; the learning rate scales its gain. */
  SPSA(false),
  /** Nelder-Mead simplex; the learning rate is the initial simplex edge. */
  NELDER_MEAD(false),
  /** BOBYQA trust region (two or more parameters); the learning rate is the initial radius. */
  BOBYQA(false),
  /** CMA-ES; the learning rate is the initial step size sigma. */
  CMAES(false);

  /**
   * Convergence tolerance of the derivative-free methods: well below the showcase's accuracy
   * targets (1.6 mHa for VQE), so the step budget, not the tolerance, ends them.
   */
  private static final double TOLERANCE = 1e-9;

  /** SPSA perturbation size, radians: a small fraction of the parameters' scale. */
  private static final double SPSA_PERTURBATION = 0.1;

  private final boolean usesGradient;

  OptimizerChoice(boolean usesGradient) {
    this.usesGradient = usesGradient;
  }

  /** Whether the objective must supply a gradient. */
  public boolean usesGradient() {
    return usesGradient;
  }

  /** The command-line spelling: lower case with hyphens, such as {@code nelder-mead}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The choice spelt as on the command line, case-insensitive, hyphens or underscores.
   *
   * @throws IllegalArgumentException naming the choices when none matches
   */
  public static OptimizerChoice parse(String text) {
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (OptimizerChoice c : values()) {
      if (c.name().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "expected one of %s, got '%s'", Arrays.toString(values()), text));
  }

  /** The optimiser with the given scale (learning rate, radius or step) and options. */
  public Optimizer create(double learningRate, OptimizerOptions options) {
    return switch (this) {
      case ADAM -> new Adam(learningRate, options);
      case GD -> new GradientDescent(learningRate, options);
      case SPSA -> new io.qml4j.runtime.ml.optim.Spsa(learningRate, SPSA_PERTURBATION, options);
      case NELDER_MEAD -> new NelderMead(learningRate, TOLERANCE, TOLERANCE, options);
      case BOBYQA -> new Bobyqa(learningRate, TOLERANCE, options);
      case CMAES -> new CmaEs(learningRate, options);
    };
  }
}
