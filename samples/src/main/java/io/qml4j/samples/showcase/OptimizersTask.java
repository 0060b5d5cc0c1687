package io.qml4j.samples.showcase;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.MinMaxScaler;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.GradientDescent;
import io.qml4j.runtime.ml.optim.MetricTensor;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.ml.optim.QnSpsa;
import io.qml4j.runtime.ml.optim.QuantumNaturalGradient;
import io.qml4j.runtime.ml.optim.Rotosolve;
import io.qml4j.runtime.ml.optim.Spsa;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.ExcitationAnsatz;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import io.qml4j.runtime.vqe.HardwareEfficientAnsatz;
import io.qml4j.runtime.vqe.Vqe;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Gradient descent, Adam, SPSA, quantum natural gradient (block-diagonal metric), QN-SPSA and
 * Rotosolve on the same two problems from the same start: VQE for H2 at 0.735 A (hardware-efficient
 * RY ansatz, 1 layer, 8 parameters) to chemical accuracy, and a two-moons classifier (2 qubits,
 * re-uploading RY/RZ layers, loss {@code 1 - mean(y <Z0>)}) to a training accuracy. Steps and
 * circuit executions to the target are counted, executions priced as on hardware with exact
 * expectations: one per energy or per data point, two per parameter for a parameter-shift gradient,
 * one per metric layer (and data point of the metric batch), two per parameter per Rotosolve sweep,
 * two per SPSA step, and 2 + 4 fidelities + 1 check per QN-SPSA step.
 */
@Command(name = "optimizers", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Compares GD, Adam, SPSA, QNG, QN-SPSA and Rotosolve on H2 VQE and a "
        + "classifier: steps and circuit executions to a target.")
public final class OptimizersTask extends TaskCommand {
  /** Chemical accuracy, the VQE target. */
  private static final double CHEMICAL_ACCURACY = VqeTask.CHEMICAL_ACCURACY;

  /** Training points of the classifier: few, so the comparison runs in seconds. */
  private static final int TRAIN = 60;

  /** Training points whose metrics and fidelities are averaged for QNG and QN-SPSA. */
  private static final int METRIC_BATCH = 10;

  /** Rotation layers of the classifier circuit (each RY, RZ per wire after re-uploading x). */
  private static final int CLASSIFIER_LAYERS = 3;

  @Option(names = "--steps", paramLabel = "N",
      description = "Step budget of the gradient methods (SPSA and QN-SPSA get 2x, Rotosolve "
      + "1/10) (default: ${DEFAULT-VALUE}).")
  int steps = 300;

  @Option(names = "--learning-rate", paramLabel = "RATE",
      description = "Step size of GD and QNG, the pair the issue compares "
      + "(default: ${DEFAULT-VALUE}).")
  double learningRate = 0.1;

  @Option(names = "--accuracy", paramLabel = "A",
      description = "Training-accuracy target of the classifier (default: ${DEFAULT-VALUE}).")
  double accuracy = 0.85;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the starts, the data and SPSA (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Override
  public String name() {
    return "optimizers";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.atLeast("--steps", steps, 10);
    OptionChecks.positive("--learning-rate", learningRate);
    if (!(accuracy > 0.5 && accuracy <= 1)) {
      throw new IllegalArgumentException("--accuracy: expected a number in (0.5, 1], got "
          + accuracy);
    }
    long start = System.nanoTime();
    List<OptimizerRace> vqe;
    List<OptimizerRace> classifier;
    try (Progress.Tracker bar = context.progress().start("optimizers", 2)) {
      vqe = vqeRaces();
      bar.step();
      classifier = classifierRaces();
      bar.step();
    }
    List<Path> plots = new ArrayList<>();
    plots.add(Charts.savePng(chart("H2 VQE (hea, 1 layer): energy error per step",
        "energy - exact (Hartree)", vqe, true), context.outputDirectory(),
        "optimizers-vqe.png"));
    plots.add(Charts.savePng(chart("Two-moons classifier: training error per step",
        "1 - training accuracy", classifier, false), context.outputDirectory(),
        "optimizers-classifier.png"));
    java.nio.file.Files.createDirectories(context.outputDirectory());
    java.nio.file.Files.writeString(context.outputDirectory().resolve("optimizers-comparison.md"),
        table(vqe, classifier));
    OptimizerRace gd = vqe.get(0);
    OptimizerRace qng = vqe.get(3);
    Map<String, Double> values = new LinkedHashMap<>();
    for (OptimizerRace r : vqe) {
      values.put("vqe steps " + r.name(), (double) r.stepsToTarget());
    }
    for (OptimizerRace r : classifier) {
      values.put("classifier steps " + r.name(), (double) r.stepsToTarget());
    }
    boolean met = qng.stepsToTarget() > 0 && gd.stepsToTarget() > 0
        && qng.stepsToTarget() < gd.stepsToTarget();
    return new TaskResult(
        "Optimisers, H2 VQE and classifier (GD, Adam, SPSA, QNG, QN-SPSA, Rotosolve)",
        String.format(Locale.ROOT, "H2 to chemical accuracy: QNG %d steps, GD %d (rate %s); "
            + "Rotosolve %d sweeps", qng.stepsToTarget(), gd.stepsToTarget(), learningRate,
            vqe.get(5).stepsToTarget()),
        "QNG < GD steps (Stokes 2020)", met, (System.nanoTime() - start) / 1e9, plots, values);
  }

  private List<OptimizerRace> vqeRaces() {
    PauliSum h = H2Hamiltonians.load(H2Hamiltonians.EQUILIBRIUM_ANGSTROM);
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    HardwareEfficientAnsatz form = new HardwareEfficientAnsatz(H2Hamiltonians.QUBITS, 1,
        HardwareEfficientAnsatz.Rotations.RY, ExcitationAnsatz.h2().hartreeFockBits());
    Vqe vqe = new Vqe(h, form);
    ParametrizedCircuit ansatz = form.template().orElseThrow();
    int p = form.parameters();
    double[] theta0 = uniform(p, 1, seed);
    Objective objective = vqe.objective();
    java.util.function.ToDoubleFunction<double[]> error = t -> vqe.energy(t) - exact;
    int blocks = 2; // the two RY layers of a 1-layer ansatz
    List<OptimizerRace> races = new ArrayList<>();
    races.add(OptimizerRace.run("gd", o -> new GradientDescent(learningRate, o), steps, seed,
        objective, theta0, error, CHEMICAL_ACCURACY, 1 + 2L * p, 0));
    races.add(OptimizerRace.run("adam", o -> new Adam(learningRate / 2, o), steps, seed,
        objective, theta0, error, CHEMICAL_ACCURACY, 1 + 2L * p, 0));
    races.add(OptimizerRace.run("spsa", o -> new Spsa(0.3, 0.1, o), 2 * steps, seed, objective,
        theta0, error, CHEMICAL_ACCURACY, 2, 0));
    races.add(OptimizerRace.run("qng", o -> QuantumNaturalGradient.blockDiagonal(ansatz,
        learningRate, o), steps, seed, objective, theta0, error, CHEMICAL_ACCURACY,
        1 + 2L * p + blocks, 0));
    races.add(OptimizerRace.run("qn-spsa", o -> QnSpsa.of(ansatz, learningRate / 2, 0.01, o),
        2 * steps, seed, objective, theta0, error, CHEMICAL_ACCURACY, 7, 1));
    races.add(OptimizerRace.run("rotosolve", Rotosolve::new, Math.max(1, steps / 10), seed,
        objective, theta0, error, CHEMICAL_ACCURACY, 2L * p, 1));
    return races;
  }

  private List<OptimizerRace> classifierRaces() {
    Dataset raw = TwoMoons.generate(TRAIN, 0.1, seed);
    double[][] x = MinMaxScaler.fit(raw.features(), 0, Math.PI).transform(raw.features());
    double[] y = new double[TRAIN];
    for (int i = 0; i < TRAIN; i++) {
      y[i] = raw.label(i) == 1 ? 1 : -1;
    }
    ParametrizedCircuit circuit = classifierCircuit();
    PauliSum z0 = PauliSum.z(0);
    int p = circuit.thetaCount();
    Objective objective = Objective.of(t -> marginLoss(circuit, z0, x, y, t, null),
        t -> {
          double[] g = new double[p];
          marginLoss(circuit, z0, x, y, t, g);
          return g;
        });
    java.util.function.ToDoubleFunction<double[]> error =
        t -> 1 - accuracy(circuit, z0, x, y, t);
    double target = 1 - accuracy;
    double[] theta0 = uniform(p, Math.PI, seed + 1);
    long n = TRAIN;
    long metricCost = METRIC_BATCH * CLASSIFIER_LAYERS;
    List<OptimizerRace> races = new ArrayList<>();
    races.add(OptimizerRace.run("gd", o -> new GradientDescent(learningRate, o), steps, seed,
        objective, theta0, error, target, n * (1 + 2L * p), 0));
    races.add(OptimizerRace.run("adam", o -> new Adam(learningRate / 2, o), steps, seed,
        objective, theta0, error, target, n * (1 + 2L * p), 0));
    races.add(OptimizerRace.run("spsa", o -> new Spsa(0.3, 0.1, o), 2 * steps, seed, objective,
        theta0, error, target, 2 * n, 0));
    races.add(OptimizerRace.run("qng", o -> new QuantumNaturalGradient(learningRate,
        QuantumNaturalGradient.DEFAULT_REGULARISATION, t -> averageMetric(circuit, x, t), o),
        steps, seed, objective, theta0, error, target, n * (1 + 2L * p) + metricCost, 0));
    races.add(OptimizerRace.run("qn-spsa", o -> new QnSpsa(learningRate / 2, 0.01,
        QnSpsa.DEFAULT_REGULARISATION, (a, b) -> averageFidelity(circuit, x, a, b), o),
        2 * steps, seed, objective, theta0, error, target, 3 * n + 4 * METRIC_BATCH, n));
    races.add(OptimizerRace.run("rotosolve", Rotosolve::new, Math.max(1, steps / 10), seed,
        objective, theta0, error, target, 2 * n * p, n));
    return races;
  }

  /** Per layer: RY(x0) on wire 0, RY(x1) on wire 1, then RY and RZ on each wire, then a CNOT. */
  static ParametrizedCircuit classifierCircuit() {
    int p = 4 * CLASSIFIER_LAYERS;
    ParametrizedBuilder q = new ParametrizedBuilder(2, p, 2);
    int k = 0;
    for (int l = 0; l < CLASSIFIER_LAYERS; l++) {
      q.ry(0, Param.x(0));
      q.ry(1, Param.x(1));
      for (int w = 0; w < 2; w++) {
        q.ry(w, Param.theta(k++));
      }
      for (int w = 0; w < 2; w++) {
        q.rz(w, Param.theta(k++));
      }
      q.cnot(0, 1);
    }
    return q.build();
  }

  /**
   * {@code 1 - mean(y_i <Z0>(x_i))}: linear in each expectation, so sinusoidal in each angle, as
   * Rotosolve needs; adds the gradient into {@code gradient} when it is not null.
   */
  private static double marginLoss(ParametrizedCircuit c, PauliSum z0, double[][] x, double[] y,
      double[] theta, double[] gradient) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      if (gradient == null) {
        sum += y[i] * io.qml4j.runtime.observable.Expectation.of(Simulator.run(c.bind(theta,
            x[i])), z0);
      } else {
        Gradient g = Adjoint.gradient(c, theta, x[i], z0);
        sum += y[i] * g.value();
        double[] dt = g.theta();
        for (int k = 0; k < dt.length; k++) {
          gradient[k] -= y[i] * dt[k] / x.length;
        }
      }
    }
    return 1 - sum / x.length;
  }

  private static double accuracy(ParametrizedCircuit c, PauliSum z0, double[][] x, double[] y,
      double[] theta) {
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      double z = io.qml4j.runtime.observable.Expectation.of(Simulator.run(c.bind(theta, x[i])),
          z0);
      right += z * y[i] > 0 ? 1 : 0;
    }
    return right / (double) x.length;
  }

  private static double[][] averageMetric(ParametrizedCircuit c, double[][] x, double[] theta) {
    int p = theta.length;
    double[][] sum = new double[p][p];
    for (int i = 0; i < METRIC_BATCH; i++) {
      double[][] g = MetricTensor.blockDiagonal(c, theta, x[i]);
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          sum[a][b] += g[a][b] / METRIC_BATCH;
        }
      }
    }
    return sum;
  }

  private static double averageFidelity(ParametrizedCircuit c, double[][] x, double[] a,
      double[] b) {
    double sum = 0;
    for (int i = 0; i < METRIC_BATCH; i++) {
      double[] sa = Simulator.run(c.bind(a, x[i])).amplitudes();
      double[] sb = Simulator.run(c.bind(b, x[i])).amplitudes();
      double re = 0, im = 0;
      for (int k = 0; k < sa.length; k += 2) {
        re += sa[k] * sb[k] + sa[k + 1] * sb[k + 1];
        im += sa[k] * sb[k + 1] - sa[k + 1] * sb[k];
      }
      sum += re * re + im * im;
    }
    return sum / METRIC_BATCH;
  }

  private static double[] uniform(int n, double spread, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(-spread, spread);
    }
    return v;
  }

  /** The comparison as a Markdown table, written beside the plots. */
  static String table(List<OptimizerRace> vqe, List<OptimizerRace> classifier) {
    StringBuilder b = new StringBuilder();
    b.append("| optimiser | H2 VQE steps | H2 VQE circuit executions | classifier steps "
        + "| classifier circuit executions |\n|---|---|---|---|---|\n");
    for (int i = 0; i < vqe.size(); i++) {
      b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", vqe.get(i).name(),
          count(vqe.get(i).stepsToTarget()), count(vqe.get(i).executionsToTarget()),
          count(classifier.get(i).stepsToTarget()),
          count(classifier.get(i).executionsToTarget())));
    }
    return b.toString();
  }

  private static String count(long n) {
    return n < 0 ? "not reached" : Long.toString(n);
  }

  private static XYChart chart(String title, String yAxis, List<OptimizerRace> races,
      boolean log) {
    XYChart chart = Charts.xy(title, "step (Rotosolve: sweep)", yAxis);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    Color[] colours = {Color.GRAY, Charts.BLUE, Color.MAGENTA, Charts.ORANGE, Color.GREEN.darker(),
        Color.BLACK};
    for (int i = 0; i < races.size(); i++) {
      double[] curve = races.get(i).curve().clone();
      if (curve.length == 0) {
        continue;
      }
      for (int k = 0; k < curve.length; k++) {
        curve[k] = Math.max(curve[k], log ? 1e-9 : 1e-3); // a log axis cannot show 0
      }
      Charts.line(chart, races.get(i).name(), Charts.steps(curve.length), curve, colours[i]);
    }
    return chart;
  }
}
