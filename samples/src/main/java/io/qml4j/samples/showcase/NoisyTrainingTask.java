package io.qml4j.samples.showcase;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.data.Blobs;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.GradientDescent;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.variational.BackendModel;
import io.qml4j.runtime.ml.variational.CircuitModel;
import io.qml4j.runtime.ml.variational.DataReuploading;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import io.qml4j.runtime.vqe.VariationalForm;
import io.qml4j.runtime.vqe.Vqe;
import io.qml4j.runtime.vqe.VqeResult;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A classifier and H2 VQE trained through a noisy backend with shots (issues 11 and 12), each
 * beside the same training without noise: the classifier ({@link BackendModel}, one job per
 * Adam step) on two Gaussian blobs, and VQE ({@link Vqe#runOnBackend}, one job per gradient
 * step) from a poor start, its noisy angle then judged by its exact energy.
 */
@Command(name = "noisy-training", mixinStandardHelpOptions = true, sortOptions = false,
    description = "A classifier and H2 VQE trained with shots through a noisy backend (a fake "
        + "device by default), against the same training without noise.")
public final class NoisyTrainingTask extends TaskCommand {
  /** The classifier's test accuracy the row requires. */
  public static final double REQUIRED_ACCURACY = 0.85;

  /** How far above the exact energy the VQE angle found under noise may lie (Hartree). */
  public static final double REQUIRED_ANGLE_ERROR = 5e-3;

  /** Points per blob set: enough for a stable test accuracy, few enough for seconds of jobs. */
  private static final int POINTS = 40;

  /** The VQE's gradient steps and rate: from t = 1.5 to the minimum without noise. */
  private static final int VQE_STEPS = 15;
  private static final double VQE_RATE = 0.3;
  private static final double VQE_START = 1.5;

  /** Shots of the final noisy energy estimate: a standard error of about 2 mHa. */
  private static final int FINAL_SHOTS = 20_000;

  @Option(names = "--backend", paramLabel = "NAME",
      description = "Backend to train on (qml4j backends lists them; default: ${DEFAULT-VALUE}).")
  String backend = "fake-eagle-line5";

  @Option(names = "--shots", paramLabel = "N",
      description = "Shots per circuit and measurement group (default: ${DEFAULT-VALUE}).")
  int shots = 1000;

  @Option(names = "--steps", paramLabel = "N",
      description = "Adam steps of the classifier (default: ${DEFAULT-VALUE}).")
  int steps = 20;

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 5;

  @Override
  public String name() {
    return "noisy-training";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.between("--shots", shots, 1, 100_000);
    OptionChecks.between("--steps", steps, 1, 10_000);
    long start = System.nanoTime();
    Backend device = Backends.named(backend);

    Dataset train = Blobs.generate(POINTS, 0.7, 0.35, seed);
    Dataset test = Blobs.generate(POINTS, 0.7, 0.35, seed + 1);
    CircuitModel circuit = DataReuploading.model(2, 2, 2);
    VariationalClassifier noisy = VariationalClassifier.train(
        BackendModel.of(circuit, device, shots, seed), train,
        new Adam(0.1, OptimizerOptions.defaults().withMaxSteps(steps).withSeed(1)), 8, 3);
    VariationalClassifier ideal = VariationalClassifier.train(circuit, train,
        new Adam(0.1, OptimizerOptions.defaults().withMaxSteps(steps).withSeed(1)), 8, 3);
    double noisyAccuracy = noisy.accuracy(test), idealAccuracy = ideal.accuracy(test);

    PauliSum h = H2Hamiltonians.load(H2Hamiltonians.EQUILIBRIUM_ANGSTROM);
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    VariationalForm ansatz = VariationalForm.of(h2Ansatz());
    Vqe vqe = new Vqe(h, ansatz);
    double[] from = {VQE_START};
    VqeResult onDevice = vqe.runOnBackend(new GradientDescent(VQE_RATE,
        OptimizerOptions.defaults().withMaxSteps(VQE_STEPS)), from, device, 4 * shots, seed);
    VqeResult noiseless = vqe.run(new GradientDescent(VQE_RATE,
        OptimizerOptions.defaults().withMaxSteps(VQE_STEPS)), from);
    double noisyEnergy = Backends.expectation(device, ansatz.circuit(onDevice.parameters()), h,
        FINAL_SHOTS, seed).mean();
    double angleError = onDevice.energy() - exact;
    Path plot = Charts.savePng(chart(onDevice, noiseless, exact), context.outputDirectory(),
        "noisy-training-vqe.png");
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TaskResult(
        String.format(Locale.ROOT, "Classifier and H2 VQE trained on %s (%d shots)", backend,
            shots),
        String.format(Locale.ROOT, "classifier test accuracy %.3f (noiseless %.3f); VQE noisy E "
            + "%.4f Ha, its angle %.1f mHa above exact (noiseless training %.1f)",
            noisyAccuracy, idealAccuracy, noisyEnergy, 1e3 * angleError,
            1e3 * (noiseless.energy() - exact)),
        String.format(Locale.ROOT, "accuracy >= %.2f; angle within %.0f mHa", REQUIRED_ACCURACY,
            1e3 * REQUIRED_ANGLE_ERROR),
        noisyAccuracy >= REQUIRED_ACCURACY && angleError < REQUIRED_ANGLE_ERROR, seconds,
        List.of(plot), Map.of("noisy accuracy", noisyAccuracy, "noiseless accuracy",
            idealAccuracy, "noisy energy", noisyEnergy, "angle energy", onDevice.energy(),
            "noiseless energy", noiseless.energy(), "exact energy", exact));
  }

  /** RY on wire 0, a CNOT ladder, X on 2 and 3: cos|0011> + sin|1100>, H2's ground state. */
  static ParametrizedCircuit h2Ansatz() {
    ParametrizedBuilder q = new ParametrizedBuilder(H2Hamiltonians.QUBITS, 1, 0);
    q.ry(0, Param.theta(0));
    q.cnot(0, 1);
    q.cnot(1, 2);
    q.cnot(2, 3);
    q.x(2);
    q.x(3);
    return q.build();
  }

  private XYChart chart(VqeResult onDevice, VqeResult noiseless, double exact) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT, "H2 VQE on %s (%d shots) and without "
        + "noise", backend, 4 * shots), "evaluation", "energy (Ha)");
    double[] noisy = onDevice.history(), ideal = noiseless.history();
    Charts.line(chart, "on " + backend + " (estimates)", Charts.steps(noisy.length), noisy,
        Charts.BLUE);
    Charts.line(chart, "noiseless", Charts.steps(ideal.length), ideal, Charts.ORANGE);
    int last = Math.max(noisy.length, ideal.length);
    Charts.line(chart, "exact (full CI)", new double[] {0, last - 1},
        new double[] {exact, exact}, Color.GRAY);
    return chart;
  }
}
