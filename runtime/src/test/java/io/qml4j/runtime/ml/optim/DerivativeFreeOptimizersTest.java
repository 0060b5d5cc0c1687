package io.qml4j.runtime.ml.optim;

import static io.qml4j.runtime.ml.optim.TestFunctions.CENTRE;
import static io.qml4j.runtime.ml.optim.TestFunctions.QUADRATIC;
import static io.qml4j.runtime.ml.optim.TestFunctions.ROSENBROCK;
import static io.qml4j.runtime.ml.optim.TestFunctions.ROSENBROCK_START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivativeFreeOptimizersTest {
  private static final OptimizerOptions OPTIONS = OptimizerOptions.defaults().withMaxSteps(20_000);

  @Test
  void nelderMeadMinimisesRosenbrock() {
    OptimizationResult r = new NelderMead(0.5, 1e-14, 1e-16, OPTIONS)
        .minimize(Objective.of(ROSENBROCK::value), ROSENBROCK_START);
    assertEquals(StopReason.CONVERGED, r.stopReason());
    assertArrayEquals(new double[] {1, 1}, r.parameters(), 1e-5);
    assertEquals(ROSENBROCK.value(r.parameters()), r.loss(), 0);
  }

  @Test
  void bobyqaMinimisesRosenbrockAndQuadratic() {
    OptimizationResult r = new Bobyqa(0.5, 1e-9, OPTIONS).minimize(ROSENBROCK, ROSENBROCK_START);
    assertArrayEquals(new double[] {1, 1}, r.parameters(), 1e-5);
    OptimizationResult q = new Bobyqa(0.5, 1e-9, OPTIONS).minimize(QUADRATIC, new double[3]);
    assertArrayEquals(CENTRE, q.parameters(), 1e-6);
  }

  @Test
  void cmaEsMinimisesRosenbrockReproducibly() {
    OptimizerOptions options = OPTIONS.withSeed(5);
    OptimizationResult a = new CmaEs(0.5, options).minimize(ROSENBROCK, ROSENBROCK_START);
    OptimizationResult b = new CmaEs(0.5, options).minimize(ROSENBROCK, ROSENBROCK_START);
    assertArrayEquals(new double[] {1, 1}, a.parameters(), 1e-4);
    assertArrayEquals(a.parameters(), b.parameters(), 0);
    assertEquals(a.evaluations(), b.evaluations());
  }

  @Test
  void everyEvaluationIsAStepAndBudgetIsHonoured() {
    List<Step> steps = new ArrayList<>();
    OptimizationResult r = new NelderMead(0.5, 1e-14, 1e-16,
        OptimizerOptions.defaults().withMaxSteps(40).withCallback(steps::add))
        .minimize(ROSENBROCK, ROSENBROCK_START);
    assertEquals(StopReason.MAX_STEPS, r.stopReason());
    assertEquals(40, r.evaluations());
    assertEquals(40, steps.size());
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k < steps.size(); k++) {
      assertEquals(k, steps.get(k).index());
      assertTrue(Double.isNaN(steps.get(k).gradientNorm()));
      best = Math.min(best, steps.get(k).loss());
    }
    assertEquals(best, r.loss(), 0, "the best point evaluated is returned");
  }

  @Test
  void earlyStoppingAbortsTheRun() {
    OptimizationResult r = new CmaEs(0.5, OPTIONS.withEarlyStopping(new EarlyStopping(5, 1)))
        .minimize(Objective.of(p -> 3.0), new double[] {0, 0});
    assertEquals(StopReason.EARLY_STOPPING, r.stopReason());
    assertEquals(6, r.evaluations());
  }

  @Test
  void bobyqaNeedsTwoParameters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Bobyqa(0.5, 1e-6, OPTIONS).minimize(Objective.of(p -> p[0] * p[0]), new double[] {1}));
    assertTrue(e.getMessage().contains("at least 2 parameters"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Bobyqa(0.5, 1, OPTIONS));
  }
}
