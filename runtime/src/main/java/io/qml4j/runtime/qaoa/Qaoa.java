package io.qml4j.runtime.qaoa;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.Sampler;
import io.qml4j.runtime.vqe.VariationalForm;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The p-layer QAOA state {@code |gamma, beta> = U_B(beta_p) U_C(gamma_p) ... U_B(beta_1)
 * U_C(gamma_1) |+>^n} for a cost C to maximise (Farhi, Goldstone and Gutmann 2014, eq. 4), with
 * {@code U_C(gamma) = exp(-i gamma C)} (the constant of C dropped as a global phase) and the mixer
 * {@code U_B(beta) = exp(-i beta sum_i X_i)}. Parameters are {@code theta = (gamma_1 .. gamma_p,
 * beta_1 .. beta_p)}. The circuit is H on every wire, then per layer the library templates
 * {@link io.qml4j.dsl.Q#qaoaCostLayer} (IsingZZ per coupling), RZ per field, and
 * {@link io.qml4j.dsl.Q#qaoaMixerLayer}.
 *
 * <p>For MaxCut, {@code C = sum w (1 - Z_u Z_v) / 2}, so the angles are directly comparable with
 * Farhi et al.'s: the p = 1 optimum on 3-regular triangle-free graphs sits at
 * {@code gamma = atan(1 / sqrt 2)}, {@code beta = pi / 8}.
 */
public final class Qaoa implements VariationalForm {
  private final IsingCost cost;
  private final int layers;
  private final double[] diagonal;
  private final ParametrizedCircuit template;

  /**
   * QAOA with {@code layers} (p) layers.
   *
   * @throws IllegalArgumentException when p is less than 1
   */
  public Qaoa(IsingCost cost, int layers) {
    Objects.requireNonNull(cost, "cost");
    if (layers < 1) {
      throw new IllegalArgumentException("layers: expected p >= 1, got " + layers);
    }
    this.cost = cost;
    this.layers = layers;
    this.diagonal = cost.diagonal();
    this.template = record(cost, layers);
  }

  private static ParametrizedCircuit record(IsingCost cost, int layers) {
    int n = cost.qubits();
    int[][] pairs = cost.pairs();
    double[] couplings = cost.couplings();
    double[] fields = cost.fields();
    ParametrizedBuilder q = new ParametrizedBuilder(n, 2 * layers, 0);
    for (int w = 0; w < n; w++) {
      q.h(w);
    }
    for (int l = 0; l < layers; l++) {
      Param gamma = Param.theta(l);
      if (pairs.length > 0) {
        q.qaoaCostLayer(gamma, pairs, couplings);
      }
      for (int w = 0; w < n; w++) {
        if (fields[w] != 0) {
          q.rz(w, gamma.times(2 * fields[w])); // exp(-i gamma h Z)
        }
      }
      q.qaoaMixerLayer(Param.theta(layers + l));
    }
    return q.build();
  }

  /** The cost being maximised. */
  public IsingCost cost() {
    return cost;
  }

  /** The number of layers p. */
  public int layers() {
    return layers;
  }

  @Override
  public int qubits() {
    return cost.qubits();
  }

  /** {@code 2 p}: the gammas, then the betas. */
  @Override
  public int parameters() {
    return 2 * layers;
  }

  /** Packs {@code (gammas, betas)} into a parameter vector. */
  public static double[] parameters(double[] gammas, double[] betas) {
    if (gammas.length != betas.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "betas: expected one per gamma (%d), got %d", gammas.length, betas.length));
    }
    double[] theta = new double[2 * gammas.length];
    System.arraycopy(gammas, 0, theta, 0, gammas.length);
    System.arraycopy(betas, 0, theta, gammas.length, betas.length);
    return theta;
  }

  @Override
  public Circuit circuit(double[] theta) {
    check(theta);
    return template.bind(theta);
  }

  /** The circuit as a template of {@code (gammas, betas)}, for adjoint gradients of {@code <C>}. */
  @Override
  public Optional<ParametrizedCircuit> template() {
    return Optional.of(template);
  }

  /** The expected cost {@code <gamma, beta| C |gamma, beta>}, exactly. */
  public double expectation(double[] theta) {
    return expectation(state(theta));
  }

  /** The expected cost in a state of this problem's qubit count. */
  public double expectation(StateVector state) {
    double sum = 0;
    for (int k = 0; k < diagonal.length; k++) {
      sum += state.probability(k) * diagonal[k];
    }
    return sum;
  }

  /**
   * The best assignment among {@code shots} seeded samples of the QAOA state: how a device run
   * reads its answer. The same arguments give the same solution.
   */
  public Solution bestSample(double[] theta, int shots, long seed) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
    int[] samples = Sampler.sample(state(theta), shots, seed);
    int best = samples[0];
    for (int k : samples) {
      if (diagonal[k] > diagonal[best]) {
        best = k;
      }
    }
    return new Solution(diagonal[best], cost.bits(best));
  }

  private void check(double[] theta) {
    if (theta == null || theta.length != parameters()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected %d parameter(s) (p = %d gammas, then %d betas), got %s",
          parameters(), layers, layers, theta == null ? "null" : Integer.toString(theta.length)));
    }
    for (int k = 0; k < theta.length; k++) {
      if (!Double.isFinite(theta[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "theta: entry %d is %s, expected a finite number", k, theta[k]));
      }
    }
  }

  @Override
  public String toString() {
    return "Qaoa(p = " + layers + ", " + cost + ")";
  }
}
