package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.boltzmann.BernoulliMixture;
import io.qml4j.runtime.ml.boltzmann.BoltzmannTraining;
import io.qml4j.runtime.ml.boltzmann.QuantumBoltzmannMachine;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The bound-based quantum Boltzmann machine of Amin et al. (2018) and the classical Boltzmann
 * machine (transverse field zero) trained the same way on the same Bernoulli-mixture data (the
 * paper's section IV), with exact Gibbs states; reports both KL divergences and checks the QBM's
 * gradient against central differences of the exact bound.
 */
@Command(name = "qbm", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Quantum Boltzmann machine (bound-based) against the classical Boltzmann "
        + "machine on a Bernoulli mixture; KL for both, gradient against finite differences.")
public final class BoltzmannTask extends TaskCommand {
  /** Largest difference between the bound's gradient and central differences that passes. */
  public static final double GRADIENT_TOLERANCE = 1e-7;

  /** Step of the central differences: truncation and rounding both near 1e-10. */
  private static final double DIFFERENCE_STEP = 1e-5;

  /** Initial parameters within this of zero, close to the uniform distribution. */
  private static final double START_SPREAD = 0.1;

  @Option(names = "--visible", paramLabel = "N",
      description = "Visible units (default: ${DEFAULT-VALUE}).")
  int visible = 5;

  @Option(names = "--hidden", paramLabel = "N",
      description = "Hidden units (default: ${DEFAULT-VALUE}).")
  int hidden = 1;

  @Option(names = "--field", paramLabel = "GAMMA",
      description = "Transverse field of the QBM, fixed during training "
          + "(default: ${DEFAULT-VALUE}).")
  double field = 2;

  @Option(names = "--temperature", paramLabel = "T",
      description = "Temperature of both machines (default: ${DEFAULT-VALUE}).")
  double temperature = 1;

  @Option(names = "--modes", paramLabel = "M",
      description = "Modes of the Bernoulli mixture (default: ${DEFAULT-VALUE}).")
  int modes = 3;

  @Option(names = "--p", paramLabel = "P",
      description = "Probability that a bit agrees with its mode (default: ${DEFAULT-VALUE}).")
  double p = 0.9;

  @Option(names = "--steps", paramLabel = "N",
      description = "Adam steps of each machine (default: ${DEFAULT-VALUE}).")
  int steps = 200;

  @Option(names = "--learning-rate", paramLabel = "RATE",
      description = "Adam step size (default: ${DEFAULT-VALUE}).")
  double learningRate = 0.1;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the modes and the start (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public String name() {
    return "qbm";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.atLeast("--steps", steps, 1);
    OptionChecks.atLeast("--modes", modes, 1);
    OptionChecks.positive("--learning-rate", learningRate);
    QuantumBoltzmannMachine qbm =
        new QuantumBoltzmannMachine(visible, hidden, field, temperature);
    QuantumBoltzmannMachine bm = qbm.classical();
    double[] data = BernoulliMixture.distribution(visible, modes, p, seed);
    double[] start = qbm.initialParameters(START_SPREAD, seed + 1);
    long begin = System.nanoTime();
    double gradientError = gradientError(qbm, data, start);
    BoltzmannTraining quantum;
    BoltzmannTraining classical;
    try (Progress.Tracker bar = context.progress().start("QBM and BM", 2L * steps)) {
      OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(steps)
          .withCallback(step -> bar.step());
      quantum = qbm.train(data, new Adam(learningRate, options), start);
      classical = bm.train(data, new Adam(learningRate, options), start);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;

    List<Path> plots = new ArrayList<>();
    plots.add(Charts.savePng(trainingChart(quantum, classical), context.outputDirectory(),
        "qbm-training.png"));
    plots.add(Charts.savePng(distributionChart(data,
        qbm.visibleDistribution(quantum.parameters()),
        bm.visibleDistribution(classical.parameters())), context.outputDirectory(),
        "qbm-distribution.png"));
    return new TaskResult(
        String.format(Locale.ROOT, "QBM vs BM, Bernoulli mixture (%d visible, %d hidden, "
            + "Gamma %s)", visible, hidden, field),
        String.format(Locale.ROOT, "KL QBM %.3g, BM %.3g after %d steps; bound gradient vs "
            + "differences %.1e", quantum.finalKl(), classical.finalKl(), steps, gradientError),
        String.format(Locale.ROOT, "gradient = differences to %.0e (issue 13)",
            GRADIENT_TOLERANCE),
        gradientError < GRADIENT_TOLERANCE, seconds, plots,
        Map.of("KL QBM", quantum.finalKl(), "KL BM", classical.finalKl(),
            "gradient error", gradientError));
  }

  /** Largest difference between the bound's gradient and its central differences at theta. */
  private static double gradientError(QuantumBoltzmannMachine qbm, double[] data,
      double[] theta) {
    double[] g = qbm.boundGradient(data, theta);
    double worst = 0;
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[k] += DIFFERENCE_STEP;
      minus[k] -= DIFFERENCE_STEP;
      double central = (qbm.bound(data, plus) - qbm.bound(data, minus)) / (2 * DIFFERENCE_STEP);
      worst = Math.max(worst, Math.abs(central - g[k]));
    }
    return worst;
  }

  private static XYChart trainingChart(BoltzmannTraining quantum, BoltzmannTraining classical) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
        "Boltzmann machines: final KL QBM %.3g, BM %.3g", quantum.finalKl(),
        classical.finalKl()), "Adam step", "KL(data || model) (log scale)");
    chart.getStyler().setYAxisLogarithmic(true);
    Charts.line(chart, "quantum (bound-based)", Charts.steps(quantum.kls().length),
        quantum.kls(), Charts.BLUE);
    Charts.line(chart, "classical (Gamma = 0)", Charts.steps(classical.kls().length),
        classical.kls(), Charts.ORANGE);
    return chart;
  }

  private CategoryChart distributionChart(double[] data, double[] quantum, double[] classical) {
    List<Integer> x = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    List<Double> q = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    for (int v = 0; v < data.length; v++) {
      x.add(v);
      d.add(data[v]);
      q.add(quantum[v]);
      c.add(classical[v]);
    }
    CategoryChart chart = Charts.bars(String.format(Locale.ROOT,
        "Visible distribution: data (%d modes, p %s), QBM, BM", modes, p),
        "visible state v", "probability");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setXAxisLabelRotation(90);
    chart.addSeries("data", x, d).setFillColor(Color.GRAY);
    chart.addSeries("QBM", x, q).setFillColor(Charts.BLUE);
    chart.addSeries("BM", x, c).setFillColor(Charts.ORANGE);
    return chart;
  }
}
