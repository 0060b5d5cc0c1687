package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.MinMaxScaler;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.data.TrainTestSplit;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.persist.ParameterFile;
import io.qml4j.runtime.ml.variational.DataReuploading;
import io.qml4j.runtime.ml.variational.InputScaledModel;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import io.qml4j.samples.models.MoonsClassifier;
import io.qml4j.samples.models.MoonsClassifierModel;
import io.qml4j.samples.serve.FeatureScaling;
import io.qml4j.samples.serve.ServedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A variational quantum classifier on two moons: a data re-uploading circuit (Perez-Salinas et
 * al. 2020, Quantum 4, 226) with trainable input scaling, read out as one Pauli-Z expectation
 * through a sigmoid, trained on the cross-entropy with mini-batches and adjoint gradients. The
 * circuit is either built at run time ({@code --model runtime}) or the processor-generated
 * {@link MoonsClassifierModel} ({@code --model compiled}), trained through
 * {@link MoonsClassifierModel#differentiable()} on its generated adjoint gradient.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Variational (data re-uploading) classifier on the two-moons dataset.",
        "--model compiled trains the processor-generated MoonsClassifierModel on its generated "
            + "adjoint gradient; its qubits (2) and layers (3) are fixed at compile time, so "
            + "--qubits and --layers may only repeat them."})
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

  /**
   * Layers of the compiled model: each layer has three rotation angles per qubit ahead of the
   * upload weights, so the rotation count fixed at compile time gives the layer count.
   */
  /** Largest starting rotation angle of the compiled model, radians; see compiledStart. */
  private static final double START_ROTATION = 0.5;

  static final int COMPILED_LAYERS =
      MoonsClassifier.ROTATIONS / (3 * MoonsClassifierModel.QUBITS);

  @Option(names = "--model", paramLabel = "KIND",
      description = "runtime (a circuit built from --qubits and --layers) or compiled (the "
          + "generated MoonsClassifierModel, " + MoonsClassifierModel.QUBITS + " qubits and "
          + COMPILED_LAYERS + " layers fixed at compile time, generated adjoint gradient) "
          + "(default: ${DEFAULT-VALUE}).")
  ClassifierSource model = ClassifierSource.RUNTIME;

  @Option(names = "--qubits", paramLabel = "N",
      description = "Qubits of the runtime circuit, at least 1; the compiled model's are fixed "
          + "at compile time (default: ${DEFAULT-VALUE}).")
  int qubits = 2;

  @Option(names = "--layers", paramLabel = "L",
      description = "Re-uploading layers of the runtime circuit; the compiled model's are fixed "
          + "at compile time (default: ${DEFAULT-VALUE}).")
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
      description = "Do not train a scale per input feature (runtime circuit only: the "
          + "compiled model's upload weights are part of its circuit).")
  boolean noInputScaling;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of data, split, start and batches (default: ${DEFAULT-VALUE}).")
  long seed = 12;

  @Option(names = "--save", paramLabel = "FILE",
      description = "Save the trained compiled model's parameters (circuit, head, feature "
          + "scaling) to this versioned JSON file, for the serve task (--model compiled only).")
  Path save;

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
    boolean compiled = model == ClassifierSource.COMPILED;
    if (compiled) {
      checkFixedAtCompileTime("--qubits", qubits, MoonsClassifierModel.QUBITS);
      checkFixedAtCompileTime("--layers", layers, COMPILED_LAYERS);
      if (noInputScaling) {
        throw new IllegalArgumentException("--no-input-scaling: the compiled model's upload "
            + "weights are part of its generated circuit; expected --model runtime with it");
      }
    } else if (save != null) {
      throw new IllegalArgumentException("--save: only a compiled model can be served from "
          + "its saved parameters; expected --model compiled with it");
    }
    long start = System.nanoTime();

    TrainTest split = TrainTestSplit.stratified(TwoMoons.generate(samples, noise, seed),
        TEST_FRACTION, seed);
    MinMaxScaler scaler =
        MinMaxScaler.fit(split.train().features(), -FEATURE_RANGE, FEATURE_RANGE);
    Dataset train = scaler.transform(split.train());
    Dataset test = scaler.transform(split.test());
    DifferentiableModel quantum;
    double[] startParameters;
    if (compiled) {
      quantum = MoonsClassifierModel.differentiable();
      startParameters = compiledStart(quantum, seed);
    } else {
      DifferentiableModel circuit = DataReuploading.model(qubits, 2, layers);
      quantum = noInputScaling ? circuit : new InputScaledModel(circuit);
      startParameters = null;
    }
    String label = compiled ? "Compiled MoonsClassifierModel" : "Classifier";

    double[] losses = new double[steps];
    int[] recorded = {0};
    VariationalClassifier classifier;
    try (Progress.Tracker bar = context.progress().start(label, steps)) {
      OptimizerOptions options = OptimizerOptions.defaults().withMaxSteps(steps).withSeed(seed)
          .withCallback(step -> {
            losses[recorded[0]++] = step.loss();
            bar.message(String.format(Locale.ROOT, "batch loss %.3f", step.loss()));
            bar.step();
          });
      GradientOptimizer gradientOptimizer =
          (GradientOptimizer) optimizer.create(learningRate, options);
      classifier = compiled
          ? VariationalClassifier.train(quantum, train, gradientOptimizer, batch, startParameters)
          : VariationalClassifier.train(quantum, train, gradientOptimizer, batch, seed);
    }
    double accuracy = classifier.accuracy(test);
    double trainAccuracy = classifier.accuracy(train);
    if (save != null) {
      ServedModel served = new ServedModel(MoonsClassifierModel.class.getSimpleName(), quantum,
          Arrays.copyOf(classifier.parameters(), quantum.params()),
          classifier.parameters()[quantum.params()], classifier.parameters()[quantum.params() + 1],
          trainingScaling(split.train().features()));
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("task", "classifier");
      metadata.put("seed", seed);
      metadata.put("samples", samples);
      metadata.put("noise", noise);
      metadata.put("steps", steps);
      metadata.put("optimizer", optimizer.toString());
      metadata.put("learningRate", learningRate);
      metadata.put("testAccuracy", accuracy);
      metadata.put("trainAccuracy", trainAccuracy);
      ParameterFile.write(save, served.toParameters(metadata));
    }

    List<Path> plots = new ArrayList<>();
    XYChart curve = Charts.xy(String.format(Locale.ROOT,
            "%s training on two moons (train accuracy %.3f, test %.3f)",
            label, trainAccuracy, accuracy), "step", "mini-batch cross-entropy");
    double[] batchLosses = Arrays.copyOf(losses, recorded[0]);
    Charts.line(curve, "batch loss", Charts.steps(recorded[0]), batchLosses, Charts.BLUE);
    int perEpoch = (train.size() + batch - 1) / batch;
    Charts.line(curve, "mean over an epoch (" + perEpoch + " batches)", Charts.steps(recorded[0]),
        trailingMean(batchLosses, perEpoch), Charts.ORANGE).setLineWidth(3);
    plots.add(Charts.savePng(curve, context.outputDirectory(), "classifier-training.png"));
    double lo = -FEATURE_RANGE - PLOT_MARGIN;
    double hi = FEATURE_RANGE + PLOT_MARGIN;
    try (Progress.Tracker bar = context.progress().start(label + " boundary", grid)) {
      XYChart boundary = DecisionBoundary.plot(String.format(Locale.ROOT,
              "%s decision boundary, two moons (test accuracy %.3f)", label, accuracy),
          "scaled feature",
          classifier::predict, train, test, new double[] {lo, hi}, new double[] {lo, hi}, grid,
          bar);
      plots.add(Charts.savePng(boundary, context.outputDirectory(),
          "classifier-decision-boundary.png"));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String task = compiled
        ? "Variational classifier, compiled model (generated adjoint gradient)"
        : "Variational classifier, runtime circuit (runtime adjoint gradient)";
    return new TaskResult(task,
        String.format(Locale.ROOT, "test accuracy %.3f; two moons, %s, %d qubits, %d layers",
            accuracy, compiled ? "MoonsClassifierModel" : "DataReuploading", qubits, layers),
        String.format(Locale.ROOT, ">= %.2f", REQUIRED_ACCURACY),
        accuracy >= REQUIRED_ACCURACY, seconds, plots,
        Map.of("test accuracy", accuracy, "train accuracy", trainAccuracy));
  }

  private static void checkFixedAtCompileTime(String option, int value, int compiled) {
    if (value != compiled) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: the compiled model's value is fixed at compile time; expected %d, got %d "
              + "(or --model runtime)", option, compiled, value));
    }
  }

  /**
   * Where the compiled model starts: seeded rotation angles within {@link #START_ROTATION} of 0
   * and upload weights 1, so the circuit starts near plain re-uploading of the scaled features;
   * then the head's scale 1 and bias 0. Rotations spread over a full turn, as the runtime circuit
   * starts, left seeds 8 and 12 of this task in a poor minimum (test accuracy 0.85 and 0.91 after
   * 300 Adam steps); this start reached at least 0.98 on every seed from 1 to 20.
   */
  static double[] compiledStart(DifferentiableModel compiledModel, long seed) {
    double[] start = new double[compiledModel.params() + 1 + compiledModel.outputs()];
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < MoonsClassifier.ROTATIONS; k++) {
      start[k] = random.nextDouble(-START_ROTATION, START_ROTATION);
    }
    Arrays.fill(start, MoonsClassifier.ROTATIONS, compiledModel.params() + 1, 1);
    return start;
  }

  /**
   * The feature scaling {@link MinMaxScaler#fit} makes of {@code train} into
   * {@code [-FEATURE_RANGE, FEATURE_RANGE]}, as numbers a parameter file can hold: each feature's
   * minimum and its maximum minus minimum.
   */
  static FeatureScaling trainingScaling(double[][] train) {
    int width = train[0].length;
    double[] min = new double[width];
    double[] span = new double[width];
    for (int j = 0; j < width; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] row : train) {
        lo = Math.min(lo, row[j]);
        hi = Math.max(hi, row[j]);
      }
      min[j] = lo;
      span[j] = hi - lo;
    }
    return new FeatureScaling(min, span, -FEATURE_RANGE, FEATURE_RANGE);
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
