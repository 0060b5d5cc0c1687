package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.ml.optim.Optimizer;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One optimiser run on one problem, recording a figure of merit after every step until it reaches
 * a target (the run stops there), and pricing the steps in circuit executions.
 *
 * @param name the optimiser's name in tables and legends
 * @param curve the figure of merit after each step
 * @param stepsToTarget the 1-based step at which the figure first met the target, or -1
 * @param executionsPerStep circuit executions one step costs, by the cost model of the task
 * @param setupExecutions executions before the first step (an initial evaluation)
 */
record OptimizerRace(String name, double[] curve, int stepsToTarget, long executionsPerStep,
    long setupExecutions) {

  /** Ends a run from inside its step callback once the target is met. */
  private static final class TargetReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TargetReached() {
      super("target reached", null, false, false);
    }
  }

  /** Executions until the target was met, or -1. */
  long executionsToTarget() {
    return stepsToTarget < 0 ? -1 : setupExecutions + stepsToTarget * executionsPerStep;
  }

  /**
   * Runs {@code optimizer} (built from options carrying a callback) from {@code start}.
   *
   * @param figure the figure of merit of the parameters after a step, lower is better
   * @param target the figure to reach
   */
  static OptimizerRace run(String name, Function<OptimizerOptions, Optimizer> optimizer,
      int steps, long seed, Objective objective, double[] start,
      ToDoubleFunction<double[]> figure, double target, long executionsPerStep,
      long setupExecutions) {
    List<Double> curve = new ArrayList<>();
    int[] hit = {-1};
    OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(steps).withSeed(seed)
        .withCallback(s -> {
          double f = figure.applyAsDouble(s.parameters());
          curve.add(f);
          if (hit[0] < 0 && f <= target) {
            hit[0] = s.index() + 1;
            throw new TargetReached();
          }
        });
    try {
      optimizer.apply(options).minimize(objective, start);
    } catch (TargetReached e) {
      // the race is decided: nothing after the target changes the counts
    }
    double[] values = curve.stream().mapToDouble(Double::doubleValue).toArray();
    return new OptimizerRace(name, values, hit[0], executionsPerStep, setupExecutions);
  }
}
