package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.MinMaxScaler;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.data.TrainTestSplit;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.variational.DataReuploading;
import io.qml4j.runtime.ml.variational.InputScaledModel;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A variational quantum classifier on two moons: a data re-uploading circuit (Perez-Salinas et
 * al. 2020, Quantum 4, 226) with trainable input scaling, read out as one Pauli-Z expectation
 * through a sigmoid, trained on the cross-entropy with mini-batches and adjoint gradients.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Variational (data re-uploading) classifier on the two-moons dataset.")
public final class ClassifierTask extends TaskCommand {
  /** The test accuracy required, as in the issue. */
  public static final double REQUIRED_ACCURACY = 0.90;

  /** Fraction of the examples held out for testing. */
  private static final double TEST_FRACTION = 1 / 3.0;

  /**
   * Features are scaled into [-pi/2, pi/2]: one rotation then spans half a turn, so the two ends
   * of the data map to distinct states before the trainable scaling adjusts it.
   */
  private static final double FEATURE_RANGE = Math.PI / 2;

  /** The plot shows the scaled feature space with this margin around the data. */
  private static final double PLOT_MARGIN = 0.3;

  @Option(names = "--qubits", paramLabel = "N",
      description = "Qubits of the circuit, at least 1 (default: ${DEFAULT-VALUE}).")
  int qubits = 2;

  @Option(names = "--layers", paramLabel = "L",
      description = "Re-uploading layers (default: ${DEFAULT-VALUE}).")
  int layers = 3;

  @Option(names = "--samples", paramLabel = "N",
      description = "Examples of two moons, a third held out (default: ${DEFAULT-VALUE}).")
  int samples = 300;

  @Option(names = "--noise", paramLabel = "SIGMA",
      description = "Gaussian noise of two moons (default: ${DEFAULT-VALUE}).")
  double noise = 0.1;

  @Option(names = "--steps", paramLabel = "N",
      description = "Training steps (default: ${DEFAULT-VALUE}).")
  int steps = 300;

  @Option(names = "--batch", paramLabel = "N",
      description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
  int batch = 20;

  @Option(names = "--optimizer", paramLabel = "NAME",
      description = "adam or gd (default: ${DEFAULT-VALUE}).")
  OptimizerChoice optimizer = OptimizerChoice.ADAM;

  @Option(names = "--learning-rate", paramLabel = "RATE",
      description = "Step size (default: ${DEFAULT-VALUE}).")
  double learningRate = 0.05;

  @Option(names = "--no-input-scaling",
      description = "Do not train a scale per input feature.")
  boolean noInputScaling;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of data, split, start and batches (default: ${DEFAULT-VALUE}).")
  long seed = 12;

  @Option(names = "--grid", paramLabel = "N",
      description = "Decision-boundary grid points per axis (default: ${DEFAULT-VALUE}).")
  int grid = DecisionBoundary.DEFAULT_RESOLUTION;

  @Override
  public String name() {
    return "classifier";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.between("--qubits", qubits, 1, 12);
    OptionChecks.atLeast("--layers", layers, 1);
    OptionChecks.atLeast("--samples", samples, 6);
    OptionChecks.within("--noise", noise, 0, 10);
    OptionChecks.atLeast("--steps", steps, 1);
    OptionChecks.atLeast("--batch", batch, 1);
    OptionChecks.positive("--learning-rate", learningRate);
    OptionChecks.atLeast("--grid", grid, 2);
    if (!optimizer.usesGradient()) {
      throw new IllegalArgumentException("--optimizer: the classifier trains on mini-batch "
          + "gradients; expected adam or gd, got " + optimizer);
    }
    long start = System.nanoTime();

    TrainTest split = TrainTestSplit.stratified(TwoMoons.generate(samples, noise, seed),
        TEST_FRACTION, seed);
    MinMaxScaler scaler =
        MinMaxScaler.fit(split.train().features(), -FEATURE_RANGE, FEATURE_RANGE);
    Dataset train = scaler.transform(split.train());
    Dataset test = scaler.transform(split.test());
    DifferentiableModel circuit = DataReuploading.model(qubits, 2, layers);
    DifferentiableModel model = noInputScaling ? circuit : new InputScaledModel(circuit);

    double[] losses = new double[steps];
    int[] recorded = {0};
    VariationalClassifier classifier;
    try (Progress.Tracker bar = context.progress().start("Classifier", steps)) {
      OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(steps).withSeed(seed)
          .withCallback(step -> {
            losses[recorded[0]++] = step.loss();
            bar.message(String.format(Locale.ROOT, "batch loss %.3f", step.loss()));
            bar.step();
          });
      GradientOptimizer gradientOptimizer =
          (GradientOptimizer) optimizer.create(learningRate, options);
      classifier = VariationalClassifier.train(model, train, gradientOptimizer, batch, seed);
    }
    double accuracy = classifier.accuracy(test);
    double trainAccuracy = classifier.accuracy(train);

    List<Path> plots = new ArrayList<>();
    XYChart curve = Charts.xy(String.format(Locale.ROOT,
            "Classifier training on two moons (train accuracy %.3f, test %.3f)",
            trainAccuracy, accuracy), "step", "mini-batch cross-entropy");
    double[] batchLosses = java.util.Arrays.copyOf(losses, recorded[0]);
    Charts.line(curve, "batch loss", Charts.steps(recorded[0]), batchLosses, Charts.BLUE);
    int perEpoch = (train.size() + batch - 1) / batch;
    Charts.line(curve, "mean over an epoch (" + perEpoch + " batches)", Charts.steps(recorded[0]),
        trailingMean(batchLosses, perEpoch), Charts.ORANGE).setLineWidth(3);
    plots.add(Charts.savePng(curve, context.outputDirectory(), "classifier-training.png"));
    double lo = -FEATURE_RANGE - PLOT_MARGIN;
    double hi = FEATURE_RANGE + PLOT_MARGIN;
    try (Progress.Tracker bar = context.progress().start("Classifier boundary", grid)) {
      XYChart boundary = DecisionBoundary.plot(String.format(Locale.ROOT,
              "Classifier decision boundary, two moons (test accuracy %.3f)", accuracy),
          "scaled feature",
          classifier::predict, train, test, new double[] {lo, hi}, new double[] {lo, hi}, grid,
          bar);
      plots.add(Charts.savePng(boundary, context.outputDirectory(),
          "classifier-decision-boundary.png"));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TaskResult(
        String.format(Locale.ROOT, "Variational classifier, two moons (%d qubits, %d layers)",
            qubits, layers),
        String.format(Locale.ROOT, "test accuracy %.3f", accuracy),
        String.format(Locale.ROOT, ">= %.2f", REQUIRED_ACCURACY),
        accuracy >= REQUIRED_ACCURACY, seconds, plots,
        Map.of("test accuracy", accuracy, "train accuracy", trainAccuracy));
  }

  /** The mean of each value with up to {@code window - 1} values before it. */
  private static double[] trailingMean(double[] values, int window) {
    double[] mean = new double[values.length];
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i];
      if (i >= window) {
        sum -= values[i - window];
      }
      mean[i] = sum / Math.min(i + 1, window);
    }
    return mean;
  }
}
