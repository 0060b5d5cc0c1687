package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.diagnostics.BarrenPlateaus;
import io.qml4j.runtime.ml.diagnostics.PlateauCost;
import io.qml4j.runtime.ml.diagnostics.RandomLayers;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Barren plateaus (McClean et al. 2018): the variance of the first angle's derivative over random
 * layered circuits as qubits grow, for the global and the local cost of Cerezo et al. (2021), with
 * the exponential decay rate fitted to each, and the same with identity-block initialisation (Grant
 * et al. 2019). Optionally also the variance as layers grow, and training from a random start,
 * layer-wise, and from identity blocks on the same budget of gradient steps.
 */
@Command(name = "plateaus", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Barren plateaus: gradient variance vs qubits and layers for a global and a "
        + "local cost, fitted decay rates, identity-block and layer-wise mitigations.")
public final class PlateauTask extends TaskCommand {
  @Option(names = "--max-qubits", paramLabel = "N",
      description = "Widest circuit of the sweep, even, 2..14 (default: ${DEFAULT-VALUE}).")
  int maxQubits = 10;

  @Option(names = "--layers", paramLabel = "L",
      description = "Layers of the qubit sweep, even (default: ${DEFAULT-VALUE}).")
  int layers = 10;

  @Option(names = "--samples", paramLabel = "N",
      description = "Random circuits per point (default: ${DEFAULT-VALUE}).")
  int samples = 200;

  @Option(names = "--layer-sweep", negatable = true,
      description = "Also sweep layers 2..20 at 6 qubits (default: ${DEFAULT-VALUE}).")
  boolean layerSweep = true;

  @Option(names = "--train", negatable = true,
      description = "Also train 8 qubits x 8 layers on the global cost from random, layer-wise "
      + "and identity-block starts, 80 gradient steps each, 3 seeds (default: ${DEFAULT-VALUE}).")
  boolean train = true;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the circuits and angles (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  /** Gradient-descent step of the training comparison: large, since plateau gradients are tiny. */
  private static final double TRAINING_RATE = 0.5;

  /** Gradient steps every training strategy gets. */
  private static final int TRAINING_STEPS = 80;

  @Override
  public String name() {
    return "plateaus";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.atLeast("--samples", samples, 2);
    OptionChecks.atLeast("--max-qubits", maxQubits, 4);
    if (maxQubits > 14 || maxQubits % 2 != 0) {
      throw new IllegalArgumentException("--max-qubits: expected an even number in 4..14, got "
          + maxQubits);
    }
    if (layers < 2 || layers % 2 != 0) {
      throw new IllegalArgumentException("--layers: expected an even number of at least 2 "
          + "(identity blocks pair the layers), got " + layers);
    }
    long start = System.nanoTime();
    int[] qubits = new int[maxQubits / 2];
    for (int i = 0; i < qubits.length; i++) {
      qubits[i] = 2 * (i + 1);
    }
    String[] names = {"global, random", "local, random", "global, identity blocks",
        "local, identity blocks"};
    double[][] variances = new double[4][qubits.length];
    double[] rates = new double[4];
    try (Progress.Tracker bar = context.progress().start("plateaus", 4L * qubits.length)) {
      for (int s = 0; s < 4; s++) {
        PlateauCost cost = s % 2 == 0 ? PlateauCost.GLOBAL : PlateauCost.LOCAL;
        for (int i = 0; i < qubits.length; i++) {
          variances[s][i] = BarrenPlateaus.gradientVariance(qubits[i], layers, cost, s >= 2,
              samples, seed).variance();
          bar.step();
        }
        rates[s] = BarrenPlateaus.decayRate(qubits, variances[s]);
      }
    }
    List<Path> plots = new ArrayList<>();
    plots.add(Charts.savePng(sweepChart(String.format(Locale.ROOT,
            "Gradient variance vs qubits (%d layers): fitted ln-rates %.2f global, %.2f local",
            layers, rates[0], rates[1]), "qubits", qubits, variances, names, rates),
        context.outputDirectory(), "plateaus-qubits.png"));
    Map<String, Double> values = new LinkedHashMap<>();
    for (int s = 0; s < 4; s++) {
      values.put("rate " + names[s], rates[s]);
    }
    StringBuilder notes = new StringBuilder(String.format(Locale.ROOT,
        "| cost, start | variance at %d qubits | fitted decay rate per qubit |%n|---|---|---|%n",
        qubits[qubits.length - 1]));
    for (int s = 0; s < 4; s++) {
      notes.append(String.format(Locale.ROOT, "| %s | %.3g | %.3f |%n", names[s],
          variances[s][qubits.length - 1], rates[s]));
    }
    if (layerSweep) {
      plots.add(layerSweep(context, values, notes));
    }
    if (train) {
      training(values, notes);
    }
    Files.createDirectories(context.outputDirectory());
    Files.writeString(context.outputDirectory().resolve("plateaus.md"), notes.toString());
    boolean met = rates[0] > rates[1] && rates[2] < rates[0] && rates[0] > 0;
    return new TaskResult(
        String.format(Locale.ROOT, "Barren plateaus (2..%d qubits, %d layers, %d samples)",
            maxQubits, layers, samples),
        String.format(Locale.ROOT, "Var decay per qubit: global %.2f, local %.2f, "
            + "global with identity blocks %.2f", rates[0], rates[1], rates[2]),
        "global > local (McClean 2018, Cerezo 2021)", met, (System.nanoTime() - start) / 1e9,
        plots, values);
  }

  private Path layerSweep(ShowcaseContext context, Map<String, Double> values,
      StringBuilder notes) throws IOException {
    int width = 6;
    int[] depths = {2, 4, 8, 12, 16, 20};
    double[][] v = new double[2][depths.length];
    for (int s = 0; s < 2; s++) {
      PlateauCost cost = s == 0 ? PlateauCost.GLOBAL : PlateauCost.LOCAL;
      for (int i = 0; i < depths.length; i++) {
        v[s][i] = BarrenPlateaus.gradientVariance(width, depths[i], cost, false, samples, seed)
            .variance();
      }
    }
    double[] rates = {BarrenPlateaus.decayRate(depths, v[0]),
        BarrenPlateaus.decayRate(depths, v[1])};
    values.put("layer rate global", rates[0]);
    values.put("layer rate local", rates[1]);
    notes.append(String.format(Locale.ROOT, "%nLayers 2..20 at %d qubits: fitted decay rate per "
        + "layer %.3f global, %.3f local; variance at 20 layers %.3g global, %.3g local%n",
        width, rates[0], rates[1], v[0][depths.length - 1], v[1][depths.length - 1]));
    return Charts.savePng(sweepChart(String.format(Locale.ROOT,
            "Gradient variance vs layers (%d qubits): fitted ln-rates %.3f global, %.3f local",
            width, rates[0], rates[1]), "layers", depths, v,
            new String[] {"global, random", "local, random"}, rates),
        context.outputDirectory(), "plateaus-layers.png");
  }

  private void training(Map<String, Double> values, StringBuilder notes) {
    int n = 8, depth = 8;
    double[] sums = new double[4];
    for (long s = seed; s < seed + 3; s++) {
      RandomLayers random = RandomLayers.random(n, depth, s);
      double[] start = random.randomStart(new SplittableRandom(s + 10));
      PlateauCost cost = PlateauCost.GLOBAL;
      sums[0] += BarrenPlateaus.cost(random.circuit(), cost, start) / 3;
      sums[1] += BarrenPlateaus.cost(random.circuit(), cost, BarrenPlateaus.train(random, cost,
          start, depth, TRAINING_STEPS, TRAINING_RATE)) / 3;
      sums[2] += BarrenPlateaus.cost(random.circuit(), cost, BarrenPlateaus.trainLayerwise(random,
          cost, start, 2, TRAINING_STEPS * 2 / depth, TRAINING_RATE)) / 3;
      RandomLayers blocks = RandomLayers.identityBlocks(n, depth, s);
      sums[3] += BarrenPlateaus.cost(blocks.circuit(), cost, BarrenPlateaus.train(blocks, cost,
          blocks.identityStart(new SplittableRandom(s + 10)), depth, TRAINING_STEPS,
          TRAINING_RATE)) / 3;
    }
    values.put("trained global cost, random start", sums[1]);
    values.put("trained global cost, layer-wise", sums[2]);
    values.put("trained global cost, identity blocks", sums[3]);
    notes.append(String.format(Locale.ROOT, "%nTraining the global cost, %d qubits x %d layers, "
        + "%d gradient steps of %s, mean of 3 seeds: random start %.3f -> %.3f; layer-wise "
        + "(2 layers per stage) %.3f; identity blocks %.3f%n", n, depth, TRAINING_STEPS,
        TRAINING_RATE, sums[0], sums[1], sums[2], sums[3]));
  }

  private static XYChart sweepChart(String title, String xAxis, int[] sizes, double[][] variances,
      String[] names, double[] rates) {
    XYChart chart = Charts.xy(title, xAxis, "Var(dC/d theta_1)");
    chart.getStyler().setYAxisLogarithmic(true);
    Color[] colours = {Charts.BLUE, Charts.ORANGE, Color.GRAY, Color.GREEN.darker()};
    double[] x = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      x[i] = sizes[i];
    }
    for (int s = 0; s < variances.length; s++) {
      Charts.points(chart, String.format(Locale.ROOT, "%s (rate %.2f)", names[s], rates[s]), x,
          variances[s], colours[s]);
      // the fitted line ln Var = a - rate * size through the points' centroid
      double mx = 0, my = 0;
      for (int i = 0; i < x.length; i++) {
        mx += x[i] / x.length;
        my += Math.log(variances[s][i]) / x.length;
      }
      double[] fit = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        fit[i] = Math.exp(my - rates[s] * (x[i] - mx));
      }
      Charts.line(chart, names[s] + " fit", x, fit, colours[s]);
    }
    return chart;
  }
}
