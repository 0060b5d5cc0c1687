package io.qml4j.runtime.ml.optim;

import java.util.Objects;
import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.PointValuePair;

/**
 * The bridge to Hipparchus' derivative-free optimisers: wraps the objective so that every
 * evaluation is one {@link Step} (Hipparchus does not expose its iterations uniformly across
 * methods), early stopping aborts the run, and the best point evaluated is returned however the
 * run ends.
 */
abstract class HipparchusOptimizer implements Optimizer {
  final OptimizerOptions options;

  HipparchusOptimizer(OptimizerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Runs the Hipparchus optimiser on the wrapped function with this evaluation budget. */
  abstract PointValuePair run(MultivariateFunction function, double[] start, int maxEvaluations);

  /** Checks what the particular method needs of the start point. */
  void checkDimension(int dimension) {}

  @Override
  public final OptimizationResult minimize(Objective objective, double[] start) {
    double[] x0 = Progress.checkStart(start);
    checkDimension(x0.length);
    Progress progress = new Progress(options);
    double[][] best = {x0.clone()};
    double[] bestLoss = {Double.POSITIVE_INFINITY};
    MultivariateFunction function = x -> {
      if (progress.evaluations >= options.maxSteps()) {
        throw new BudgetExhausted();
      }
      double loss = progress.value(objective, x);
      if (loss < bestLoss[0]) {
        bestLoss[0] = loss;
        best[0] = x.clone();
      }
      if (progress.step(progress.evaluations - 1, loss, Double.NaN, x)) {
        throw new EarlyStop();
      }
      return loss;
    };
    StopReason reason;
    try {
      // one spare evaluation: Hipparchus may count an evaluation before making it
      run(function, x0, options.maxSteps() + 1);
      reason = StopReason.CONVERGED;
    } catch (EarlyStop e) {
      reason = StopReason.EARLY_STOPPING;
    } catch (BudgetExhausted e) {
      reason = StopReason.MAX_STEPS;
    } catch (MathIllegalStateException e) {
      if (progress.evaluations < options.maxSteps()) {
        throw e;
      }
      reason = StopReason.MAX_STEPS;
    }
    return new OptimizationResult(best[0], bestLoss[0], progress.evaluations,
        progress.evaluations, reason);
  }

  /** Thrown through Hipparchus to end a run that early stopping ended. */
  private static final class EarlyStop extends RuntimeException {
    EarlyStop() {
      super(null, null, false, false);
    }
  }

  /** Thrown through Hipparchus when the evaluation budget is spent. */
  private static final class BudgetExhausted extends RuntimeException {
    BudgetExhausted() {
      super(null, null, false, false);
    }
  }
}
