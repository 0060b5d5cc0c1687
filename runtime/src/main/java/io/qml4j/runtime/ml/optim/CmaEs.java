package io.qml4j.runtime.ml.optim;

import java.util.Arrays;
import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

/**
 * The covariance matrix adaptation evolution strategy (Hansen 2006, "The CMA evolution strategy: a
 * comparing review"), through Hipparchus, seeded from {@link OptimizerOptions#seed()}. Population
 * size {@code 4 + floor(3 ln n)} as Hansen recommends. A step is one objective evaluation.
 */
public final class CmaEs extends HipparchusOptimizer {
  private final double sigma;

  /** CMA-ES with initial step size {@code sigma} in every coordinate. */
  public CmaEs(double sigma, OptimizerOptions options) {
    super(options);
    Progress.requirePositive("sigma", sigma);
    this.sigma = sigma;
  }

  @Override
  PointValuePair run(MultivariateFunction function, double[] start, int maxEvaluations) {
    int n = start.length;
    double[] sigmas = new double[n];
    Arrays.fill(sigmas, sigma);
    int population = 4 + (int) Math.floor(3 * Math.log(n));
    CMAESOptimizer optimizer = new CMAESOptimizer(maxEvaluations, Double.NEGATIVE_INFINITY, true,
        0, 0, new Well19937c(options.seed()), false, null);
    return optimizer.optimize(new MaxEval(maxEvaluations), new MaxIter(maxEvaluations),
        new ObjectiveFunction(function), GoalType.MINIMIZE, new InitialGuess(start),
        SimpleBounds.unbounded(n), new CMAESOptimizer.Sigma(sigmas),
        new CMAESOptimizer.PopulationSize(population));
  }
}
