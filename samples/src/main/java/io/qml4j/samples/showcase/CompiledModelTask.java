package io.qml4j.samples.showcase;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.samples.models.GivensVqe;
import io.qml4j.samples.models.GivensVqeModel;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The compile-time path: VQE on {@link GivensVqeModel}, the class the annotation processor
 * generated from {@link GivensVqe} (an H2 STO-3G Hamiltonian with one double and two single
 * Givens excitations), trained by default with Adam on the generated adjoint gradient
 * ({@link GivensVqeModel#gradient}). The generated straight-line energy is checked against the
 * runtime simulating the same model's gate list, the generated gradient against central
 * differences of that runtime energy, and both energies are timed per evaluation.
 */
@Command(name = "compiled", mixinStandardHelpOptions = true, sortOptions = false,
    description = "VQE on a model compiled by the annotation processor (GivensVqeModel), "
        + "gradient optimisers on its generated adjoint gradient.")
public final class CompiledModelTask extends TaskCommand {
  /** Compiled and runtime energies must agree to rounding: both are exact simulations. */
  public static final double AGREEMENT = 1e-12;

  /**
   * The generated gradient must match central differences of the runtime energy this closely:
   * with step {@link #DIFFERENCE_STEP} their truncation and rounding errors are both near 1e-11
   * for an energy of order 1 Hartree, so a wrong derivative term cannot hide under it.
   */
  public static final double GRADIENT_AGREEMENT = 1e-8;

  private static final double DIFFERENCE_STEP = 1e-5;

  /** Random parameter points at which compiled and runtime energies are compared. */
  private static final int AGREEMENT_POINTS = 20;

  @Option(names = "--optimizer", paramLabel = "NAME",
      description = "adam or gd (on the generated adjoint gradient), or spsa, nelder-mead, "
          + "bobyqa or cmaes (energies only) (default: ${DEFAULT-VALUE}).")
  OptimizerChoice optimizer = OptimizerChoice.ADAM;

  @Option(names = "--learning-rate", paramLabel = "RATE",
      description = "Step size, or the initial simplex edge, trust radius or step of a "
          + "derivative-free optimiser (default: ${DEFAULT-VALUE}).")
  double learningRate = 0.1;

  @Option(names = "--steps", paramLabel = "N",
      description = "Gradient steps, or the evaluation budget of a derivative-free optimiser "
          + "(default: ${DEFAULT-VALUE}).")
  int steps = 200;

  @Option(names = "--timing-runs", paramLabel = "N",
      description = "Energy evaluations timed per path; 0 skips timing (default: ${DEFAULT-VALUE}).")
  int timingRuns = 20_000;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the comparison points and the optimiser (default: ${DEFAULT-VALUE}).")
  long seed = 3;

  @Override
  public String name() {
    return "compiled";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.positive("--learning-rate", learningRate);
    OptionChecks.atLeast("--steps", steps, 1);
    OptionChecks.atLeast("--timing-runs", timingRuns, 0);
    long start = System.nanoTime();

    double[] history = new double[steps + 1];
    int[] count = {0};
    OptimizationResult r;
    try (Progress.Tracker bar = context.progress().start("Compiled VQE", steps)) {
      ToDoubleFunction<double[]> recorded = theta -> {
        double e = GivensVqeModel.expectation(theta);
        if (count[0] < history.length) {
          history[count[0]++] = e;
        }
        return e;
      };
      Objective energy = optimizer.usesGradient()
          ? Objective.of(recorded, theta -> GivensVqeModel.gradient(theta).theta())
          : Objective.of(recorded);
      OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(steps).withSeed(seed)
          .withCallback(step -> {
            bar.message(String.format(Locale.ROOT, "E %.6f Ha", step.loss()));
            bar.step();
          });
      r = optimizer.create(learningRate, options)
          .minimize(energy, new double[GivensVqeModel.PARAMS]);
    }
    double found = GivensVqeModel.expectation(r.parameters());
    double exact = ExactDiagonalization.groundEnergy(GivensVqeModel.ENERGY, GivensVqeModel.QUBITS);
    double error = Math.abs(found - exact);
    double disagreement = disagreement();
    double gradientDisagreement = gradientDisagreement();
    double compiledMicros = timingRuns == 0 ? Double.NaN : micros(true);
    double runtimeMicros = timingRuns == 0 ? Double.NaN : micros(false);

    List<Path> plots = new ArrayList<>();
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
            "VQE on the compiled GivensVqeModel (H2 STO-3G, %s): error %.2g mHa", optimizer,
            error * 1e3),
        "objective evaluation", "energy (Hartree)");
    Charts.line(chart, "compiled model energy", Charts.steps(count[0]),
        java.util.Arrays.copyOf(history, count[0]), Charts.BLUE);
    Charts.line(chart, "exact ground energy", new double[] {0, Math.max(1, count[0] - 1)},
        new double[] {exact, exact}, Color.BLACK);
    plots.add(Charts.savePng(chart, context.outputDirectory(), "compiled-vqe-training.png"));
    double seconds = (System.nanoTime() - start) / 1e9;
    String timing = timingRuns == 0 ? "" : String.format(Locale.ROOT,
        "; %.2f us per energy vs %.2f us on the runtime", compiledMicros, runtimeMicros);
    String task = optimizer.usesGradient()
        ? String.format(Locale.ROOT, "Compiled model, H2 VQE (GivensVqeModel, %s on generated "
            + "adjoint gradient)", optimizer)
        : String.format(Locale.ROOT, "Compiled model, H2 VQE (GivensVqeModel, %s)", optimizer);
    return new TaskResult(task,
        String.format(Locale.ROOT, "error %.2g mHa; vs runtime: energy %.1e, gradient %.1e%s",
            error * 1e3, disagreement, gradientDisagreement, timing),
        String.format(Locale.ROOT, "< %.1f mHa; energy <= %.0e, gradient <= %.0e",
            VqeTask.CHEMICAL_ACCURACY * 1e3, AGREEMENT, GRADIENT_AGREEMENT),
        error < VqeTask.CHEMICAL_ACCURACY && disagreement <= AGREEMENT
            && gradientDisagreement <= GRADIENT_AGREEMENT, seconds, plots,
        Map.of("error", error, "disagreement", disagreement,
            "gradient disagreement", gradientDisagreement));
  }

  /** The largest gap between the generated code and the runtime simulating the model's gates. */
  private double disagreement() {
    SplittableRandom random = new SplittableRandom(seed);
    double worst = 0;
    for (int k = 0; k < AGREEMENT_POINTS; k++) {
      double[] theta = new double[GivensVqeModel.PARAMS];
      for (int i = 0; i < theta.length; i++) {
        theta[i] = random.nextDouble(-Math.PI, Math.PI);
      }
      worst = Math.max(worst, Math.abs(GivensVqeModel.expectation(theta) - runtimeEnergy(theta)));
    }
    return worst;
  }

  /**
   * The largest gap between the generated adjoint gradient and central differences of the
   * runtime's energy, an independent simulation of the same gates.
   */
  private double gradientDisagreement() {
    SplittableRandom random = new SplittableRandom(seed + 1);
    double worst = 0;
    for (int k = 0; k < AGREEMENT_POINTS; k++) {
      double[] theta = new double[GivensVqeModel.PARAMS];
      for (int i = 0; i < theta.length; i++) {
        theta[i] = random.nextDouble(-Math.PI, Math.PI);
      }
      double[] generated = GivensVqeModel.gradient(theta).theta();
      for (int i = 0; i < theta.length; i++) {
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        plus[i] += DIFFERENCE_STEP;
        minus[i] -= DIFFERENCE_STEP;
        double difference = (runtimeEnergy(plus) - runtimeEnergy(minus)) / (2 * DIFFERENCE_STEP);
        worst = Math.max(worst, Math.abs(generated[i] - difference));
      }
    }
    return worst;
  }

  private static double runtimeEnergy(double[] theta) {
    return Expectation.of(Simulator.run(GivensVqeModel.circuit(theta)), GivensVqeModel.ENERGY);
  }

  /** Mean microseconds per energy, after as many warm-up calls so the JIT has compiled both. */
  private double micros(boolean compiled) {
    double[] theta = {0.1, -0.2, 0.3};
    double sink = 0;
    long t0 = 0;
    for (int pass = 0; pass < 2; pass++) {
      t0 = System.nanoTime();
      for (int i = 0; i < timingRuns; i++) {
        theta[0] = 1e-6 * i;
        sink += compiled ? GivensVqeModel.expectation(theta) : runtimeEnergy(theta);
      }
    }
    double micros = (System.nanoTime() - t0) / 1e3 / timingRuns;
    return Double.isNaN(sink) ? Double.NaN : micros;
  }
}
