package io.qml4j.runtime.ml.optim;

import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The Nelder-Mead simplex method (Hipparchus' {@code SimplexOptimizer} with a
 * {@code NelderMeadSimplex}). A step is one objective evaluation. Deterministic.
 */
public final class NelderMead extends HipparchusOptimizer {
  private final double initialStep;
  private final double relativeTolerance;
  private final double absoluteTolerance;

  /**
   * Nelder-Mead starting from a simplex of edge {@code initialStep} along every axis, converged
   * when successive best values differ by at most {@code relativeTolerance} relative or
   * {@code absoluteTolerance} absolute.
   */
  public NelderMead(double initialStep, double relativeTolerance, double absoluteTolerance,
      OptimizerOptions options) {
    super(options);
    Progress.requirePositive("initialStep", initialStep);
    Progress.requirePositive("relativeTolerance", relativeTolerance);
    Progress.requirePositive("absoluteTolerance", absoluteTolerance);
    this.initialStep = initialStep;
    this.relativeTolerance = relativeTolerance;
    this.absoluteTolerance = absoluteTolerance;
  }

  @Override
  PointValuePair run(MultivariateFunction function, double[] start, int maxEvaluations) {
    return new SimplexOptimizer(relativeTolerance, absoluteTolerance).optimize(
        new MaxEval(maxEvaluations), new ObjectiveFunction(function), GoalType.MINIMIZE,
        new InitialGuess(start), new NelderMeadSimplex(start.length, initialStep));
  }
}
