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

class GradientOptimizersTest {
  @Test
  void gradientDescentConvergesOnQuadraticAtTheContractionRate() {
    // step 0.05: coordinate i contracts by |1 - 0.1 w_i| per step, slowest 0.9 (w = 1)
    OptimizationResult r = new GradientDescent(0.05, OptimizerOptions.defaults().withMaxSteps(300))
        .minimize(QUADRATIC, new double[] {0, 0, 0});
    assertEquals(StopReason.MAX_STEPS, r.stopReason());
    assertEquals(CENTRE[0] * (1 - Math.pow(0.9, 300)), r.parameters()[0], 1e-12);
    assertArrayEquals(CENTRE, r.parameters(), 1e-12);
    assertEquals(0, r.loss(), 1e-24);
  }

  @Test
  void gradientDescentMinimisesRosenbrock() {
    OptimizationResult r = new GradientDescent(1e-3,
        OptimizerOptions.defaults().withMaxSteps(60_000).withGradientTolerance(1e-8))
        .minimize(ROSENBROCK, ROSENBROCK_START);
    assertEquals(StopReason.GRADIENT_TOLERANCE, r.stopReason());
    assertArrayEquals(new double[] {1, 1}, r.parameters(), 1e-6);
  }

  @Test
  void adamMinimisesRosenbrockAndQuadratic() {
    OptimizationResult r = new Adam(0.02, OptimizerOptions.defaults().withMaxSteps(20_000))
        .minimize(ROSENBROCK, ROSENBROCK_START);
    assertArrayEquals(new double[] {1, 1}, r.parameters(), 1e-3);
    OptimizationResult q = new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(3000))
        .minimize(QUADRATIC, new double[] {0, 0, 0});
    assertArrayEquals(CENTRE, q.parameters(), 1e-4);
  }

  @Test
  void callbackSeesEveryStepWithLossAndGradientNorm() {
    List<Step> steps = new ArrayList<>();
    new GradientDescent(0.1, OptimizerOptions.defaults().withMaxSteps(5).withCallback(steps::add))
        .minimize(QUADRATIC, new double[] {0, 0, 0});
    assertEquals(5, steps.size());
    for (int k = 0; k < 5; k++) {
      Step s = steps.get(k);
      assertEquals(k, s.index());
      assertEquals(QUADRATIC.value(s.parameters()), s.loss(), 0);
      double[] g = QUADRATIC.gradient(s.parameters());
      assertEquals(Math.sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]), s.gradientNorm(), 1e-15);
    }
    // step 0 is at the start: loss = 1.5^2 + 2 * 2^2 + 4 * 0.25^2
    assertEquals(2.25 + 8 + 0.25, steps.get(0).loss(), 1e-15);
  }

  @Test
  void earlyStoppingEndsAPlateau() {
    Objective flat = Objective.of(p -> 1.0, p -> new double[] {1e-3});
    OptimizationResult r = new Adam(0.1, OptimizerOptions.defaults()
        .withEarlyStopping(new EarlyStopping(10, 1e-6))).minimize(flat, new double[] {0});
    assertEquals(StopReason.EARLY_STOPPING, r.stopReason());
    assertEquals(11, r.steps(), "the first step sets the best, ten more without improvement");
  }

  @Test
  void spsaMinimisesQuadraticReproducibly() {
    OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(2000).withSeed(11);
    Objective valueOnly = Objective.of(QUADRATIC::value);
    OptimizationResult a = new Spsa(0.5, 0.1, options).minimize(valueOnly, new double[] {0, 0, 0});
    OptimizationResult b = new Spsa(0.5, 0.1, options).minimize(valueOnly, new double[] {0, 0, 0});
    assertArrayEquals(CENTRE, a.parameters(), 1e-3);
    assertArrayEquals(a.parameters(), b.parameters(), 0);
    assertEquals(2 * 2000 + 1, a.evaluations());
  }

  @Test
  void badInputIsRejectedWithTheProblemNamed() {
    Objective valueOnly = Objective.of(QUADRATIC::value);
    OptimizerOptions o = OptimizerOptions.defaults();
    IllegalArgumentException noGradient = assertThrows(IllegalArgumentException.class,
        () -> new Adam(0.1, o).minimize(valueOnly, new double[] {0, 0, 0}));
    assertTrue(noGradient.getMessage().contains("needs a gradient"));
    IllegalArgumentException nanStart = assertThrows(IllegalArgumentException.class,
        () -> new GradientDescent(0.1, o).minimize(QUADRATIC, new double[] {0, Double.NaN, 0}));
    assertTrue(nanStart.getMessage().startsWith("start: entry 1 is NaN"));
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> new GradientDescent(0.1, o).minimize(
            Objective.of(p -> 0, p -> new double[3]), new double[] {0, 0}));
    assertTrue(length.getMessage().contains("gradient has 3 entries, expected 2"), length.getMessage());
    IllegalArgumentException nanLoss = assertThrows(IllegalArgumentException.class,
        () -> new Spsa(0.1, 0.1, o).minimize(Objective.of(p -> Double.NaN), new double[] {0}));
    assertTrue(nanLoss.getMessage().contains("NaN"));
    assertThrows(IllegalArgumentException.class, () -> new Adam(-1, o));
    assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 1.0, 0.999, 1e-8, o));
    assertThrows(IllegalArgumentException.class, () -> o.withMaxSteps(0));
    assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(0, 0));
  }
}
