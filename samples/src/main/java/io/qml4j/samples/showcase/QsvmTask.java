package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.data.AdHocDataset;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.kernel.CircuitFeatureMap;
import io.qml4j.runtime.ml.kernel.ComputeUncomputeKernel;
import io.qml4j.runtime.ml.svm.PrecomputedKernelSvm;
import io.qml4j.runtime.ml.svm.Qsvm;
import io.qml4j.runtime.ml.svm.SvmOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A QSVM on the ad hoc dataset of Havlicek et al. 2019 (Nature 567, 209): the ZZ feature map's
 * fidelity kernel, exact or estimated with shots by compute-uncompute circuits, fed to LIBSVM.
 * The ad hoc labels are defined through that same feature map, so the kernel separates them: the
 * paper reports near-perfect test accuracy, and the showcase requires at least 0.95.
 */
@Command(name = "qsvm", mixinStandardHelpOptions = true, sortOptions = false,
    description = "QSVM with the ZZ feature-map kernel on the ad hoc dataset (Havlicek 2019).")
public final class QsvmTask extends TaskCommand {
  /** The test accuracy required, as in the issue: the paper's kernel separates the classes. */
  public static final double REQUIRED_ACCURACY = 0.95;

  @Option(names = "--qubits", paramLabel = "N",
      description = "Features and qubits, 1 to 8 (default: ${DEFAULT-VALUE}).")
  int qubits = 2;

  @Option(names = "--layers", paramLabel = "L",
      description = "Repetitions of the ZZ feature map (default: ${DEFAULT-VALUE}).")
  int layers = 2;

  @Option(names = "--train", paramLabel = "N",
      description = "Training points per class (default: ${DEFAULT-VALUE}).")
  int trainPerClass = 20;

  @Option(names = "--test", paramLabel = "N",
      description = "Test points per class (default: ${DEFAULT-VALUE}).")
  int testPerClass = 10;

  @Option(names = "--gap", paramLabel = "DELTA",
      description = "Separation gap Delta of the labels (default: ${DEFAULT-VALUE}).")
  double gap = AdHocDataset.PAPER_GAP;

  @Option(names = "--c", paramLabel = "C",
      description = "SVM regularisation C (default: ${DEFAULT-VALUE}).")
  double c = 100;

  @Option(names = "--shots", paramLabel = "N",
      description = "Shots per kernel entry; 0 for the exact kernel (default: ${DEFAULT-VALUE}).")
  int shots = 0;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the dataset and the shots (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--grid", paramLabel = "N",
      description = "Decision-boundary grid points per axis, 2 qubits only (default: "
          + "${DEFAULT-VALUE}).")
  int grid = DecisionBoundary.DEFAULT_RESOLUTION;

  @Override
  public String name() {
    return "qsvm";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.between("--qubits", qubits, 1, AdHocDataset.MAX_QUBITS);
    OptionChecks.atLeast("--layers", layers, 1);
    OptionChecks.atLeast("--train", trainPerClass, 1);
    OptionChecks.atLeast("--test", testPerClass, 1);
    OptionChecks.within("--gap", gap, 0, 0.99);
    OptionChecks.positive("--c", c);
    OptionChecks.atLeast("--shots", shots, 0);
    OptionChecks.atLeast("--grid", grid, 2);
    long start = System.nanoTime();

    TrainTest data = AdHocDataset.withRandomUnitary(qubits, seed)
        .sample(trainPerClass, testPerClass, gap, seed);
    CircuitFeatureMap featureMap = CircuitFeatureMap.zz(qubits, layers);
    SvmOptions options = SvmOptions.defaults().withC(c);
    Function<double[][], double[]> decision;
    try (Progress.Tracker bar = context.progress().start("QSVM training", 1)) {
      if (shots == 0) {
        Qsvm qsvm = Qsvm.train(featureMap, data.train(), options);
        decision = qsvm::decisionValues;
      } else {
        decision = shotKernelSvm(featureMap, data.train(), options);
      }
      bar.step();
    }
    double[] testValues = decision.apply(data.test().features());
    double accuracy = accuracy(testValues, data.test());

    List<Path> plots = new ArrayList<>();
    plots.add(Charts.savePng(decisionValuesChart(testValues, data.test()),
        context.outputDirectory(), "qsvm-test-decision-values.png"));
    if (qubits == 2) {
      try (Progress.Tracker bar = context.progress().start("QSVM boundary", grid)) {
        XYChart chart = DecisionBoundary.plot(String.format(Locale.ROOT,
                "QSVM decision boundary, ad hoc dataset, %s (test accuracy %.3f)",
                shots == 0 ? "exact kernel" : shots + "-shot kernel", accuracy),
            "feature",
            points -> labels(decision.apply(points)), data.train(), data.test(),
            new double[] {0, 2 * Math.PI}, new double[] {0, 2 * Math.PI}, grid, bar);
        plots.add(Charts.savePng(chart, context.outputDirectory(), "qsvm-decision-boundary.png"));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TaskResult(
        String.format(Locale.ROOT, "QSVM, ad hoc dataset (%d qubits, %s)", qubits,
            shots == 0 ? "exact kernel" : shots + " shots"),
        String.format(Locale.ROOT, "test accuracy %.3f", accuracy),
        String.format(Locale.ROOT, ">= %.2f (Havlicek 2019)", REQUIRED_ACCURACY),
        accuracy >= REQUIRED_ACCURACY, seconds, plots, Map.of("test accuracy", accuracy));
  }

  /** Decision values from kernels estimated with shots, the way hardware would measure them. */
  private Function<double[][], double[]> shotKernelSvm(CircuitFeatureMap featureMap, Dataset train,
      SvmOptions options) {
    ComputeUncomputeKernel kernel = new ComputeUncomputeKernel(featureMap);
    double[][] x = train.features();
    PrecomputedKernelSvm svm =
        PrecomputedKernelSvm.train(kernel.estimateMatrix(x, shots, seed), train.labels(), options);
    long[] calls = {0};
    return rows -> svm.decisionValues(kernel.estimateMatrix(rows, x, shots, seed + ++calls[0]));
  }

  /** Labels from decision values: positive means the second (larger) class, 1. */
  private static int[] labels(double[] decisionValues) {
    int[] labels = new int[decisionValues.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = decisionValues[i] > 0 ? 1 : 0;
    }
    return labels;
  }

  private static double accuracy(double[] decisionValues, Dataset data) {
    int[] predicted = labels(decisionValues);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      correct += predicted[i] == data.label(i) ? 1 : 0;
    }
    return (double) correct / predicted.length;
  }

  private static XYChart decisionValuesChart(double[] values, Dataset test) {
    XYChart chart = Charts.xy("QSVM decision values of the test points", "test point",
        "decision value (> 0: class 1)");
    int ones = 0;
    for (int i = 0; i < test.size(); i++) {
      ones += test.label(i) == 1 ? 1 : 0;
    }
    double[][] x = {new double[test.size() - ones], new double[ones]};
    double[][] y = {new double[test.size() - ones], new double[ones]};
    int[] k = new int[2];
    for (int i = 0; i < test.size(); i++) {
      int c = test.label(i) == 1 ? 1 : 0;
      x[c][k[c]] = i;
      y[c][k[c]] = values[i];
      k[c]++;
    }
    Charts.points(chart, "true class 0", x[0], y[0], Charts.BLUE);
    Charts.points(chart, "true class 1", x[1], y[1], Charts.ORANGE);
    Charts.line(chart, "threshold", new double[] {0, test.size() - 1}, new double[] {0, 0},
        java.awt.Color.GRAY);
    return chart;
  }
}
