package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.optim.Optimizer;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.ExcitationAnsatz;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import io.qml4j.runtime.vqe.HardwareEfficientAnsatz;
import io.qml4j.runtime.vqe.VariationalForm;
import io.qml4j.runtime.vqe.Vqe;
import io.qml4j.runtime.vqe.VqeResult;
import io.qml4j.runtime.vqe.chem.Fcidump;
import io.qml4j.runtime.vqe.chem.FermionMapping;
import io.qml4j.runtime.vqe.chem.FullCi;
import io.qml4j.runtime.vqe.chem.H2Sto3g;
import io.qml4j.runtime.vqe.chem.MolecularIntegrals;
import io.qml4j.runtime.vqe.chem.SpinOrdering;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * VQE for H2 (STO-3G, 4 qubits, Jordan-Wigner) along its dissociation curve, on the shipped
 * Hamiltonians, against the exact ground energy from diagonalisation. The run at equilibrium
 * starts from the Hartree-Fock state; the others are warm-started outwards from their inner
 * neighbour's optimum, as a scan along a curve is usually done.
 */
@Command(name = "vqe", mixinStandardHelpOptions = true, sortOptions = false,
    description = "VQE for H2 along its dissociation curve, against exact diagonalisation.")
public final class VqeTask extends TaskCommand {
  /** Chemical accuracy, 1.6 mHa (1 kcal/mol), the usual target of quantum chemistry. */
  public static final double CHEMICAL_ACCURACY = 1.6e-3;

  /** Points of the exact reference curve, computed by {@link H2Sto3g} between shipped lengths. */
  private static final int EXACT_CURVE_POINTS = 81;

  /** The hardware-efficient ansatz starts this close to its initial basis state, radians. */
  private static final double HEA_START_SPREAD = 0.1;

  /** The ansatz families. */
  public enum AnsatzChoice {
    /** Hartree-Fock plus a Givens double excitation: one parameter for H2. */
    EXCITATION,
    /** RY layers with CNOT ladders from the Hartree-Fock state (Kandala et al. 2017). */
    HEA;

    /** The command-line spelling, lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = "--ansatz", paramLabel = "NAME",
      description = "excitation or hea (default: ${DEFAULT-VALUE}).")
  AnsatzChoice ansatz = AnsatzChoice.EXCITATION;

  @Option(names = "--layers", paramLabel = "L",
      description = "Layers of the hea ansatz (default: ${DEFAULT-VALUE}).")
  int layers = 2;

  @Option(names = "--optimizer", paramLabel = "NAME",
      description = "adam, gd, spsa, nelder-mead, bobyqa or cmaes "
      + "(default: nelder-mead for excitation, bobyqa for hea).")
  OptimizerChoice optimizer;

  @Option(names = "--learning-rate", paramLabel = "RATE",
      description = "Step size, initial simplex edge or trust "
      + "radius (default: 0.2 for excitation, 0.5 for hea).")
  Double learningRate;

  @Option(names = "--steps", paramLabel = "N",
      description = "Step or evaluation budget per bond length "
      + "(default: 300 for excitation, 3000 for hea).")
  Integer steps;

  @Option(names = "--shots", paramLabel = "N",
      description = "Shots per measured group of commuting terms; 0 for "
      + "exact energies (default: ${DEFAULT-VALUE}).")
  int shots = 0;

  @Option(names = "--bond-lengths", split = ",", paramLabel = "R",
      description = "Bond lengths in Angstrom, among the shipped ones (default: all shipped).")
  double[] bondLengths;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the start, the optimiser and the shots (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Option(names = "--fcidump", paramLabel = "FILE",
      description = "Run VQE (hea ansatz) on the molecule of an FCIDUMP file (PySCF, psi4, "
      + "Molpro) instead of the H2 curve, against its FCI energy.")
  Path fcidump;

  @Option(names = "--mapping", paramLabel = "NAME",
      description = "Fermion-to-qubit mapping for --fcidump: jordan_wigner or parity "
      + "(default: ${DEFAULT-VALUE}).")
  FermionMapping mapping = FermionMapping.JORDAN_WIGNER;

  @Override
  public String name() {
    return "vqe";
  }

  @Override
  public TaskResult run(ShowcaseContext context) throws IOException {
    OptionChecks.atLeast("--layers", layers, 1);
    OptionChecks.atLeast("--shots", shots, 0);
    boolean hea = ansatz == AnsatzChoice.HEA;
    OptimizerChoice method =
        optimizer != null ? optimizer : hea ? OptimizerChoice.BOBYQA : OptimizerChoice.NELDER_MEAD;
    double rate = learningRate != null ? learningRate : hea ? 0.5 : 0.2;
    int budget = steps != null ? steps : hea ? 3000 : 300;
    OptionChecks.positive("--learning-rate", rate);
    OptionChecks.atLeast("--steps", budget, 1);
    if (fcidump != null) {
      return runFcidump(method == OptimizerChoice.NELDER_MEAD && optimizer == null
          ? OptimizerChoice.BOBYQA : method, learningRate != null ? rate : 0.5,
          steps != null ? budget : 3000);
    }
    double[] lengths = bondLengths();
    VariationalForm form = hea
        ? new HardwareEfficientAnsatz(H2Hamiltonians.QUBITS, layers,
            HardwareEfficientAnsatz.Rotations.RY, ExcitationAnsatz.h2().hartreeFockBits())
        : ExcitationAnsatz.h2();
    if (method == OptimizerChoice.BOBYQA && form.parameters() < 2) {
      throw new IllegalArgumentException("--optimizer: bobyqa needs two or more parameters, and "
          + "the excitation ansatz has one; use nelder-mead, spsa, cmaes, adam or gd");
    }
    if (method.usesGradient() && shots > 0) {
      throw new IllegalArgumentException("--optimizer: " + method
          + " needs gradients, which shot estimates do not give; use spsa or a derivative-free "
          + "one");
    }
    long start = System.nanoTime();

    int n = lengths.length;
    double[] vqeEnergies = new double[n];
    double[] exactEnergies = new double[n];
    double[] history = null;
    int equilibrium = nearest(lengths, H2Hamiltonians.EQUILIBRIUM_ANGSTROM);
    try (Progress.Tracker bar = context.progress().start("VQE H2", n)) {
      double[] initial = initialParameters(form);
      VqeResult first = solve(lengths[equilibrium], form, method, rate, budget, initial, 0);
      record(first, lengths, equilibrium, vqeEnergies, exactEnergies, bar);
      history = first.history();
      double[] warm = first.parameters();
      for (int i = equilibrium + 1; i < n; i++) {
        VqeResult r = solve(lengths[i], form, method, rate, budget, warm, i);
        record(r, lengths, i, vqeEnergies, exactEnergies, bar);
        warm = r.parameters();
      }
      warm = first.parameters();
      for (int i = equilibrium - 1; i >= 0; i--) {
        VqeResult r = solve(lengths[i], form, method, rate, budget, warm, i);
        record(r, lengths, i, vqeEnergies, exactEnergies, bar);
        warm = r.parameters();
      }
    }
    double worst = 0;
    for (int i = 0; i < n; i++) {
      worst = Math.max(worst, Math.abs(vqeEnergies[i] - exactEnergies[i]));
    }
    double atEquilibrium = Math.abs(vqeEnergies[equilibrium] - exactEnergies[equilibrium]);

    List<Path> plots = new ArrayList<>();
    plots.add(Charts.savePng(curveChart(lengths, vqeEnergies, worst), context.outputDirectory(),
        "vqe-h2-dissociation.png"));
    plots.add(Charts.savePng(trainingChart(history, exactEnergies[equilibrium],
        lengths[equilibrium]), context.outputDirectory(), "vqe-h2-training.png"));
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TaskResult(
        String.format(Locale.ROOT, "VQE, H2 STO-3G (%s, %d bond length%s%s)",
            hea ? "hea, " + layers + " layers" : "excitation", n, n == 1 ? "" : "s",
            shots == 0 ? "" : ", " + shots + " shots"),
        String.format(Locale.ROOT, "error %.2g mHa at %s A, max %.2g mHa",
            atEquilibrium * 1e3, lengths[equilibrium], worst * 1e3),
        String.format(Locale.ROOT, "< %.1f mHa (chemical accuracy)", CHEMICAL_ACCURACY * 1e3),
        worst < CHEMICAL_ACCURACY, seconds, plots,
        Map.of("max error", worst, "error at equilibrium", atEquilibrium));
  }

  /**
   * VQE with the hardware-efficient ansatz on an FCIDUMP molecule, from its Hartree-Fock
   * determinant (lowest spin orbitals filled, interleaved spins) in the chosen encoding.
   */
  private TaskResult runFcidump(OptimizerChoice method, double rate, int budget) {
    long start = System.nanoTime();
    MolecularIntegrals molecule = Fcidump.read(fcidump);
    if (molecule.qubits() > ExactDiagonalization.MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "--fcidump: %s has %d spin orbitals; this task checks against dense FCI, which takes "
              + "at most %d", fcidump, molecule.qubits(), ExactDiagonalization.MAX_QUBITS));
    }
    PauliSum h = molecule.qubitHamiltonian(SpinOrdering.INTERLEAVED, mapping);
    int[] bits = new int[molecule.qubits()];
    int parity = 0;
    for (int w = 0; w < bits.length; w++) {
      int occupied = w < molecule.electrons() ? 1 : 0;
      parity ^= occupied;
      bits[w] = mapping == FermionMapping.PARITY ? parity : occupied;
    }
    VariationalForm form = new HardwareEfficientAnsatz(molecule.qubits(), layers,
        HardwareEfficientAnsatz.Rotations.RY, bits);
    Optimizer opt = method.create(rate,
        OptimizerOptions.defaults().withMaxSteps(budget).withSeed(seed));
    VqeResult r = new Vqe(h, form).run(opt, initialParameters(form));
    double fci = FullCi.groundEnergy(molecule);
    double error = Math.abs(r.energy() - fci);
    return new TaskResult(
        String.format(Locale.ROOT, "VQE, %s (%d qubits, %s, hea %d layers)",
            fcidump.getFileName(), molecule.qubits(),
            mapping.name().toLowerCase(Locale.ROOT).replace('_', '-'), layers),
        String.format(Locale.ROOT, "energy %.8f Ha, error %.2g mHa vs FCI %.8f Ha", r.energy(),
            error * 1e3, fci),
        String.format(Locale.ROOT, "< %.1f mHa (chemical accuracy)", CHEMICAL_ACCURACY * 1e3),
        error < CHEMICAL_ACCURACY, (System.nanoTime() - start) / 1e9, List.of(),
        Map.of("error", error));
  }

  private VqeResult solve(double angstrom, VariationalForm form, OptimizerChoice method,
      double rate, int budget, double[] start, int index) {
    Vqe vqe = new Vqe(H2Hamiltonians.load(angstrom), form);
    Optimizer opt = method.create(rate,
        OptimizerOptions.defaults().withMaxSteps(budget).withSeed(seed + index));
    return shots == 0 ? vqe.run(opt, start)
        : vqe.runWithShots(opt, start, shots, seed + 1000 + index);
  }

  private static void record(VqeResult r, double[] lengths, int i, double[] vqeEnergies,
      double[] exactEnergies, Progress.Tracker bar) {
    PauliSum h = H2Hamiltonians.load(lengths[i]);
    vqeEnergies[i] = r.energy();
    exactEnergies[i] = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    bar.message(String.format(Locale.ROOT, "R=%s A: error %.3f mHa", lengths[i],
        Math.abs(vqeEnergies[i] - exactEnergies[i]) * 1e3));
    bar.step();
  }

  /** The Hartree-Fock point for the excitation ansatz; near it, seeded, for the HEA. */
  private double[] initialParameters(VariationalForm form) {
    double[] theta = new double[form.parameters()];
    if (form instanceof HardwareEfficientAnsatz) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int k = 0; k < theta.length; k++) {
        theta[k] = random.nextDouble(-HEA_START_SPREAD, HEA_START_SPREAD);
      }
    }
    return theta;
  }

  private double[] bondLengths() {
    double[] shipped = H2Hamiltonians.bondLengths();
    if (bondLengths == null) {
      return shipped;
    }
    if (bondLengths.length == 0) {
      throw new IllegalArgumentException("--bond-lengths: expected at least one, got none");
    }
    double[] sorted = bondLengths.clone();
    Arrays.sort(sorted);
    for (double r : sorted) {
      if (Arrays.stream(shipped).noneMatch(s -> s == r)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "--bond-lengths: no Hamiltonian ships for %s Angstrom; expected some of %s", r,
            Arrays.toString(shipped)));
      }
    }
    return sorted;
  }

  private static int nearest(double[] values, double target) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      best = Math.abs(values[i] - target) < Math.abs(values[best] - target) ? i : best;
    }
    return best;
  }

  private static XYChart curveChart(double[] lengths, double[] vqe, double worst) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
            "H2 dissociation curve, STO-3G: VQE vs exact (max error %.2g mHa)", worst * 1e3),
        "bond length (Angstrom)", "energy (Hartree)");
    double lo = Math.min(lengths[0], H2Hamiltonians.bondLengths()[0]);
    double hi = Math.max(lengths[lengths.length - 1],
        H2Hamiltonians.bondLengths()[H2Hamiltonians.bondLengths().length - 1]);
    double[] r = new double[EXACT_CURVE_POINTS];
    double[] exact = new double[EXACT_CURVE_POINTS];
    double[] hartreeFock = new double[EXACT_CURVE_POINTS];
    for (int i = 0; i < r.length; i++) {
      r[i] = lo + (hi - lo) * i / (r.length - 1);
      H2Sto3g molecule = H2Sto3g.atAngstrom(r[i]);
      exact[i] = ExactDiagonalization.groundEnergy(molecule.hamiltonian(), H2Hamiltonians.QUBITS);
      hartreeFock[i] = molecule.hartreeFockEnergy();
    }
    Charts.line(chart, "exact (full CI)", r, exact, Color.BLACK);
    Charts.line(chart, "Hartree-Fock", r, hartreeFock, Color.GRAY);
    XYSeries points = Charts.points(chart, "VQE", lengths, vqe, Charts.ORANGE);
    points.setMarker(SeriesMarkers.DIAMOND);
    chart.getStyler().setMarkerSize(9);
    return chart;
  }

  private static XYChart trainingChart(double[] history, double exact, double angstrom) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
            "VQE training at R = %s A: energy per evaluation", angstrom),
        "objective evaluation", "energy (Hartree)");
    Charts.line(chart, "VQE energy", Charts.steps(history.length), history, Charts.BLUE);
    Charts.line(chart, "exact ground energy", new double[] {0, history.length - 1},
        new double[] {exact, exact}, Color.BLACK);
    return chart;
  }
}
