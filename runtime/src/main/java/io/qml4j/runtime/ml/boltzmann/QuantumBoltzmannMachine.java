package io.qml4j.runtime.ml.boltzmann;

import io.qml4j.runtime.ml.generative.Distributions;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.Step;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A quantum Boltzmann machine (Amin, Andriyash, Rolfe, Kulchytskyy and Melko 2018, Phys. Rev. X 8,
 * 021050): the Gibbs state {@code rho = exp(-H/T) / Z} of the transverse-field Ising Hamiltonian
 * (eq. 12) over {@code visible + hidden} units,
 *
 * <pre>{@code
 * H = - sum_a Gamma sigma^x_a - sum_a b_a sigma^z_a - sum_(a<c) w_ac sigma^z_a sigma^z_c,
 * }</pre>
 *
 * fully connected, models data through its visible marginal {@code P_v = Tr(Lambda_v rho)}.
 * Units are wires: visible {@code 0 .. visible-1}, then hidden; a basis index is
 * {@code (v << hidden) | h}, bit value 0 is {@code sigma^z = +1}. The biases and couplings are
 * trained; the transverse field Gamma and the temperature T are fixed, as in the paper's
 * bound-based training (section III.B), which cannot learn Gamma.
 *
 * <p>Training minimises the upper bound of the negative log-likelihood (eq. 19),
 * {@code L~ = -sum_v P_data(v) ln(Tr exp(-H_v/T) / Tr exp(-H/T))}, where {@code H_v = <v|H|v>}
 * is H clamped to visible state v (its visible transverse terms vanish). Its gradient (eq. 21-22)
 * is {@code dL~/dtheta = (1/T) (sum_v P_data(v) <dH_v/dtheta>_v - <dH/dtheta>)}, clamped
 * averages minus model averages, computed here exactly by dense eigendecomposition (EJML). With
 * {@code Gamma = 0} the machine is the classical Boltzmann machine, the bound is its exact
 * negative log-likelihood and the gradient its exact gradient. Immutable.
 */
public final class QuantumBoltzmannMachine {
  /** Most units: the Gibbs state of 10 units needs a 1024 x 1024 eigendecomposition per step. */
  public static final int MAX_UNITS = 10;

  /**
   * Largest transverse field, in units of the temperature scale of the couplings: beyond it the
   * Gibbs state is the field's ground state whatever the trainable parameters, so nothing trains.
   */
  public static final double MAX_FIELD = 100;

  /** Temperatures accepted: below the lower end {@code exp(-E/T)} underflows for every state. */
  public static final double MIN_TEMPERATURE = 1e-3;

  /** Largest temperature accepted: beyond it every state is equally likely to 1e-6. */
  public static final double MAX_TEMPERATURE = 1e3;

  private final int visible;
  private final int hidden;
  private final double field;
  private final double temperature;

  /**
   * A machine of the given size, transverse field Gamma and temperature T.
   *
   * @throws IllegalArgumentException naming the argument if visible is below 1, hidden below 0,
   *     their sum above {@value #MAX_UNITS}, the field outside [0, {@value #MAX_FIELD}] or the
   *     temperature outside [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}]
   */
  public QuantumBoltzmannMachine(int visible, int hidden, double field, double temperature) {
    if (visible < 1 || hidden < 0 || visible + hidden > MAX_UNITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "visible, hidden: expected at least 1 visible, 0 or more hidden and %d units in all "
          + "at most, got %d and %d", MAX_UNITS, visible, hidden));
    }
    if (!(field >= 0 && field <= MAX_FIELD)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "field: expected a transverse field in [0, %s], got %s", MAX_FIELD, field));
    }
    if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "temperature: expected a temperature in [%s, %s], got %s", MIN_TEMPERATURE,
          MAX_TEMPERATURE, temperature));
    }
    this.visible = visible;
    this.hidden = hidden;
    this.field = field;
    this.temperature = temperature;
  }

  /** The classical Boltzmann machine of the same size and temperature: Gamma = 0. */
  public QuantumBoltzmannMachine classical() {
    return new QuantumBoltzmannMachine(visible, hidden, 0, temperature);
  }

  /** Number of visible units. */
  public int visible() {
    return visible;
  }

  /** Number of hidden units. */
  public int hidden() {
    return hidden;
  }

  /** The transverse field Gamma on every unit. */
  public double field() {
    return field;
  }

  /** The temperature T. */
  public double temperature() {
    return temperature;
  }

  /**
   * Number of trainable parameters: a bias per unit, then a coupling per pair of units in the
   * order {@code (0,1), (0,2), ..., (1,2), ...}.
   */
  public int parameterCount() {
    int n = visible + hidden;
    return n + n * (n - 1) / 2;
  }

  /** Small seeded parameters, uniform in {@code [-spread, spread]}. */
  public double[] initialParameters(double spread, long seed) {
    if (!(spread >= 0 && Double.isFinite(spread))) {
      throw new IllegalArgumentException("spread: expected a finite number >= 0, got " + spread);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] theta = new double[parameterCount()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = spread == 0 ? 0 : random.nextDouble(-spread, spread);
    }
    return theta;
  }

  /**
   * The model's distribution over visible states, {@code P_v = sum_h <v h|rho|v h>}, from the
   * exact Gibbs state.
   */
  public double[] visibleDistribution(double[] theta) {
    checkTheta(theta);
    double[] full = gibbs(theta).diagonal();
    double[] p = new double[1 << visible];
    for (int s = 0; s < full.length; s++) {
      p[s >> hidden] += full[s];
    }
    return p;
  }

  /**
   * {@code KL(data || model)} in nats, of the visible distribution.
   *
   * @throws IllegalArgumentException if data is not a distribution over the visible states
   */
  public double kl(double[] data, double[] theta) {
    checkData(data);
    return Distributions.kl(data, visibleDistribution(theta));
  }

  /**
   * The upper bound {@code L~} of the negative log-likelihood (Amin et al. eq. 19); with
   * {@code Gamma = 0}, the negative log-likelihood itself.
   *
   * @throws IllegalArgumentException if data is not a distribution over the visible states or
   *     theta is malformed
   */
  public double bound(double[] data, double[] theta) {
    checkData(data);
    checkTheta(theta);
    return evaluate(data, theta, false).bound();
  }

  /**
   * The exact gradient of {@link #bound} (Amin et al. eq. 21-22): for a bias,
   * {@code (1/T) (<sigma^z_a>_model - sum_v P_data(v) <sigma^z_a>_v)}, and likewise for a
   * coupling with {@code sigma^z_a sigma^z_c}.
   *
   * @throws IllegalArgumentException if data is not a distribution over the visible states or
   *     theta is malformed
   */
  public double[] boundGradient(double[] data, double[] theta) {
    checkData(data);
    checkTheta(theta);
    return evaluate(data, theta, true).gradient();
  }

  /**
   * Trains from {@code start} with the optimiser's update rule for its
   * {@link io.qml4j.runtime.ml.optim.OptimizerOptions#maxSteps()} steps on {@link #boundGradient},
   * reporting each step to its callback, and records the bound and {@code KL(data || model)}
   * before every step and after the last.
   *
   * @throws IllegalArgumentException if data is not a distribution over the visible states or
   *     start is malformed
   */
  public BoltzmannTraining train(double[] data, GradientOptimizer optimizer, double[] start) {
    checkData(data);
    checkTheta(start);
    double[] theta = start.clone();
    int steps = optimizer.options().maxSteps();
    GradientOptimizer.Updater updater = optimizer.updater(theta.length);
    double[] bounds = new double[steps + 1];
    double[] kls = new double[steps + 1];
    for (int step = 0; step <= steps; step++) {
      Evaluation e = evaluate(data, theta, step < steps);
      bounds[step] = e.bound();
      kls[step] = Distributions.kl(data, e.visible());
      if (step == steps) {
        break;
      }
      double[] g = e.gradient();
      double norm = 0;
      for (double x : g) {
        norm += x * x;
      }
      optimizer.options().callback().onStep(new Step(step, bounds[step], Math.sqrt(norm),
          theta.clone()));
      updater.update(theta, g);
    }
    return new BoltzmannTraining(theta, bounds, kls);
  }

  /** The bound, the visible distribution and, if asked, the gradient from one Gibbs state. */
  private record Evaluation(double bound, double[] visible, double[] gradient) {}

  private Evaluation evaluate(double[] data, double[] theta, boolean withGradient) {
    GibbsState model = gibbs(theta);
    double[] visibleP = new double[1 << visible];
    double[] modelDiagonal = model.diagonal();
    for (int s = 0; s < modelDiagonal.length; s++) {
      visibleP[s >> hidden] += modelDiagonal[s];
    }
    int states = 1 << hidden;
    double[] clampedDiagonal = new double[modelDiagonal.length];
    double bound = 0;
    for (int v = 0; v < data.length; v++) {
      if (data[v] > 0) {
        GibbsState clamped = clamped(theta, v);
        bound -= data[v] * (clamped.logPartition() - model.logPartition());
        // the clamped state lives on the hidden units; place it on the visible slice v
        double[] hiddenDiagonal = clamped.diagonal();
        for (int h = 0; h < states; h++) {
          clampedDiagonal[(v << hidden) | h] += data[v] * hiddenDiagonal[h];
        }
      }
    }
    if (!withGradient) {
      return new Evaluation(bound, visibleP, null);
    }
    double[] modelAverages = averages(modelDiagonal);
    double[] clampedAverages = averages(clampedDiagonal);
    double[] g = new double[theta.length];
    for (int k = 0; k < g.length; k++) {
      // dH/dtheta_k = -Z_k, so (1/T)(<dH>_clamped - <dH>_model) = (1/T)(<Z>_model - <Z>_clamped)
      g[k] = (modelAverages[k] - clampedAverages[k]) / temperature;
    }
    return new Evaluation(bound, visibleP, g);
  }

  /**
   * The dense Hamiltonian H at theta, row-major {@code 2^n x 2^n} (n units, wire 0 the most
   * significant bit): real and symmetric.
   */
  public double[] hamiltonian(double[] theta) {
    checkTheta(theta);
    return matrix(theta, visible + hidden, -1);
  }

  /** The Gibbs state of H. */
  private GibbsState gibbs(double[] theta) {
    int n = visible + hidden;
    return GibbsState.of(matrix(theta, n, -1), 1 << n, temperature, field == 0);
  }

  /** The Gibbs state of {@code H_v} on the hidden units, its constant included in ln Z. */
  private GibbsState clamped(double[] theta, int v) {
    return GibbsState.of(matrix(theta, hidden, v), 1 << hidden, temperature,
        field == 0 || hidden == 0);
  }

  /**
   * H on all units ({@code v < 0}), or {@code H_v} on the hidden units: the visible units fixed
   * to state v, their sigma^z replaced by their eigenvalues and their sigma^x dropped.
   */
  private double[] matrix(double[] theta, int wires, int v) {
    int n = visible + hidden;
    int dim = 1 << wires;
    double[] h = new double[dim * dim];
    for (int s = 0; s < dim; s++) {
      int state = v < 0 ? s : (v << hidden) | s;
      h[s * dim + s] = diagonalEnergy(theta, state, n);
      for (int w = 0; w < wires; w++) {
        // sigma^x on wire w of the matrix's own wires flips that bit
        h[s * dim + (s ^ (1 << (wires - 1 - w)))] -= field;
      }
    }
    return h;
  }

  /** {@code -sum_a b_a z_a - sum_(a<c) w_ac z_a z_c} for the basis state of n units. */
  private static double diagonalEnergy(double[] theta, int state, int n) {
    double e = 0;
    int k = n;
    for (int a = 0; a < n; a++) {
      int za = spin(state, a, n);
      e -= theta[a] * za;
      for (int c = a + 1; c < n; c++) {
        e -= theta[k++] * za * spin(state, c, n);
      }
    }
    return e;
  }

  /**
   * {@code <Z_k>} for every parameter k (a unit's sigma^z, or a pair's product) under the
   * diagonal of a state over all units.
   */
  private double[] averages(double[] diagonal) {
    int n = visible + hidden;
    double[] avg = new double[parameterCount()];
    for (int s = 0; s < diagonal.length; s++) {
      double p = diagonal[s];
      if (p == 0) {
        continue;
      }
      int k = n;
      for (int a = 0; a < n; a++) {
        int za = spin(s, a, n);
        avg[a] += p * za;
        for (int c = a + 1; c < n; c++) {
          avg[k++] += p * za * spin(s, c, n);
        }
      }
    }
    return avg;
  }

  /** The sigma^z eigenvalue of unit a in the basis state: +1 for bit 0, -1 for bit 1. */
  private static int spin(int state, int a, int n) {
    return 1 - 2 * ((state >> (n - 1 - a)) & 1);
  }

  private void checkTheta(double[] theta) {
    if (theta == null || theta.length != parameterCount()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected %d parameters (%d biases, %d couplings), got %s", parameterCount(),
          visible + hidden, parameterCount() - visible - hidden,
          theta == null ? "null" : String.valueOf(theta.length)));
    }
    for (int k = 0; k < theta.length; k++) {
      if (!Double.isFinite(theta[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "theta: expected finite numbers, got %s at index %d", theta[k], k));
      }
    }
  }

  private void checkData(double[] data) {
    if (data != null && data.length != (1 << visible)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "data: expected a distribution over %d visible units (%d probabilities), got %d "
          + "entries", visible, 1 << visible, data.length));
    }
    Distributions.check("data", data);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "QuantumBoltzmannMachine(%d visible, %d hidden, field %s, temperature %s)", visible,
        hidden, field, temperature);
  }
}
