package io.qml4j.runtime.vqe;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.BackendObjective;
import io.qml4j.runtime.backend.Backends;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.Optimizer;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.Sampler;
import io.qml4j.runtime.observable.ShotEstimate;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The variational quantum eigensolver (Peruzzo et al., Nature Communications 5, 4213 (2014)):
 * minimises {@code E(theta) = <psi(theta)|H|psi(theta)>} over the parameters of a
 * {@link VariationalForm} with any {@link Optimizer}. The energy is computed exactly from the
 * simulated state, or estimated from seeded shots as a device would: the terms of H are split into
 * qubit-wise commuting groups, each group measured together on its own shots
 * ({@link Sampler#estimateWithError}). When the ansatz has a {@linkplain VariationalForm#template()
 * template}, the exact energy comes with its gradient by adjoint differentiation, so gradient
 * descent and Adam work as well as the derivative-free optimisers.
 *
 * <pre>{@code
 * Vqe vqe = new Vqe(H2Hamiltonians.load(0.735), ExcitationAnsatz.h2());
 * VqeResult r = vqe.run(new NelderMead(0.1, 1e-12, 1e-12, OptimizerOptions.defaults()),
 *     new double[] {0});
 * }</pre>
 */
public final class Vqe {
  private final PauliSum hamiltonian;
  private final VariationalForm ansatz;

  /**
   * A VQE problem.
   *
   * @throws IllegalArgumentException when the Hamiltonian acts on a wire the ansatz does not have
   */
  public Vqe(PauliSum hamiltonian, VariationalForm ansatz) {
    Objects.requireNonNull(hamiltonian, "hamiltonian");
    Objects.requireNonNull(ansatz, "ansatz");
    if (hamiltonian.maxWire() >= ansatz.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "hamiltonian: acts on wire %d, but the ansatz has only %d qubit(s) (wires 0..%d)",
          hamiltonian.maxWire(), ansatz.qubits(), ansatz.qubits() - 1));
    }
    this.hamiltonian = hamiltonian;
    this.ansatz = ansatz;
  }

  /** The Hamiltonian. */
  public PauliSum hamiltonian() {
    return hamiltonian;
  }

  /** The ansatz. */
  public VariationalForm ansatz() {
    return ansatz;
  }

  /** The exact energy {@code <psi(theta)|H|psi(theta)>}. */
  public double energy(double[] theta) {
    return Expectation.of(ansatz.state(theta), hamiltonian);
  }

  /**
   * The energy estimated from {@code shots} measurements per qubit-wise commuting group, with its
   * standard error; the same arguments give the same estimate.
   */
  public ShotEstimate estimateEnergy(double[] theta, int shots, long seed) {
    return Sampler.estimateWithError(ansatz.state(theta), hamiltonian, shots, seed);
  }

  /**
   * The exact gradient {@code dE/dtheta} by adjoint differentiation.
   *
   * @throws UnsupportedOperationException when the ansatz has no template
   */
  public double[] gradient(double[] theta) {
    Parameters.check("theta", theta, ansatz.parameters());
    return Adjoint.gradient(template(), theta, hamiltonian).theta();
  }

  /** Whether {@link #gradient} is available: the ansatz has a template. */
  public boolean hasGradient() {
    return ansatz.template().isPresent();
  }

  /** The exact energy as an objective, with its adjoint gradient when {@link #hasGradient}. */
  public Objective objective() {
    return hasGradient() ? Objective.of(this::energy, this::gradient) : Objective.of(this::energy);
  }

  private ParametrizedCircuit template() {
    return ansatz.template().orElseThrow(() -> new UnsupportedOperationException(
        "ansatz: " + ansatz + " has no circuit template, so no adjoint gradient; wrap a "
            + "ParametrizedCircuit with VariationalForm.of or use a derivative-free optimiser"));
  }

  /**
   * The shot-estimated energy as an objective: evaluation i draws its shots from the i-th seed of
   * a {@link SplittableRandom} seeded with {@code seed}, so each evaluation sees fresh shot noise
   * and a whole optimisation run is reproducible. Use one objective per run.
   */
  public Objective shotObjective(int shots, long seed) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
    SplittableRandom seeds = new SplittableRandom(seed);
    return theta -> {
      long evaluationSeed;
      synchronized (seeds) {
        evaluationSeed = seeds.nextLong();
      }
      return estimateEnergy(theta, shots, evaluationSeed).mean();
    };
  }

  /** Minimises the exact energy from {@code start}. */
  public VqeResult run(Optimizer optimizer, double[] start) {
    return run(optimizer, start, objective());
  }

  /**
   * Minimises the shot-estimated energy ({@link #shotObjective}) from {@code start}; the result's
   * energy is the exact energy at the parameters found.
   */
  public VqeResult runWithShots(Optimizer optimizer, double[] start, int shots, long seed) {
    return run(optimizer, start, shotObjective(shots, seed));
  }

  /**
   * Minimises the energy measured on a backend (a device, a fake device, a noisy simulator)
   * from {@code start}: every value is {@link Backends#expectation} and every gradient (when the
   * ansatz has a template) {@link Backends#parameterShiftGradient}, seeded in call order from
   * {@code seed} ({@link BackendObjective}); a {@link GradientOptimizer} gets value and gradient
   * of a step from one job ({@link BackendObjective#stepwise}). The result's energy is the exact,
   * noiseless energy at the parameters found; its history holds the backend's estimates.
   *
   * @param optimizer any optimiser; a gradient-based one gets the parameter-shift gradient
   * @param start the starting parameters
   * @param backend where every evaluation runs
   * @param shots shots per measurement group (0 on an exact backend)
   * @param seed the seed of the whole run
   * @return the result
   * @throws IllegalArgumentException if the ansatz is wider than the backend
   */
  public VqeResult runOnBackend(Optimizer optimizer, double[] start, Backend backend, int shots,
      long seed) {
    Objects.requireNonNull(backend, "backend");
    if (ansatz.qubits() > backend.capabilities().qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "backend: %s has %d qubit(s), the ansatz %d", backend.name(),
          backend.capabilities().qubits(), ansatz.qubits()));
    }
    return run(optimizer, start, optimizer instanceof GradientOptimizer && hasGradient()
        ? BackendObjective.stepwise(backend, ansatz, hamiltonian, shots, seed)
        : BackendObjective.of(backend, ansatz, hamiltonian, shots, seed));
  }

  private VqeResult run(Optimizer optimizer, double[] start, Objective objective) {
    Objects.requireNonNull(optimizer, "optimizer");
    Parameters.check("start", start, ansatz.parameters());
    Recording recording = new Recording(objective);
    OptimizationResult r = optimizer.minimize(recording, start);
    double[] theta = r.parameters();
    return new VqeResult(energy(theta), theta, recording.count(), recording.history());
  }
}
