package io.qml4j.runtime.ml.optim;

import java.util.Locale;
import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Powell's BOBYQA (2009, "The BOBYQA algorithm for bound constrained optimization without
 * derivatives"), through Hipparchus: a trust-region method on quadratic models interpolated from
 * {@code 2 n + 1} points. Needs at least two parameters. A step is one objective evaluation.
 * Deterministic.
 */
public final class Bobyqa extends HipparchusOptimizer {
  private final double initialRadius;
  private final double stoppingRadius;

  /**
   * BOBYQA with the given initial and final trust-region radii (the final radius is about the
   * accuracy wanted in the parameters).
   */
  public Bobyqa(double initialRadius, double stoppingRadius, OptimizerOptions options) {
    super(options);
    Progress.requirePositive("initialRadius", initialRadius);
    Progress.requirePositive("stoppingRadius", stoppingRadius);
    if (stoppingRadius >= initialRadius) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "stoppingRadius: expected below initialRadius %s, got %s",
          initialRadius, stoppingRadius));
    }
    this.initialRadius = initialRadius;
    this.stoppingRadius = stoppingRadius;
  }

  @Override
  void checkDimension(int dimension) {
    if (dimension < BOBYQAOptimizer.MINIMUM_PROBLEM_DIMENSION) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "start: BOBYQA needs at least %d parameters, got %d; use NelderMead or CmaEs",
          BOBYQAOptimizer.MINIMUM_PROBLEM_DIMENSION, dimension));
    }
  }

  @Override
  PointValuePair run(MultivariateFunction function, double[] start, int maxEvaluations) {
    return new BOBYQAOptimizer(2 * start.length + 1, initialRadius, stoppingRadius).optimize(
        new MaxEval(maxEvaluations), new ObjectiveFunction(function), GoalType.MINIMIZE,
        new InitialGuess(start), SimpleBounds.unbounded(start.length));
  }
}
