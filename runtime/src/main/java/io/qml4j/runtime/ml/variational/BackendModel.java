package io.qml4j.runtime.ml.variational;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A circuit with observables run on a {@link Backend} with shots, as a
 * {@link DifferentiableModel}: expectations are estimated from counts
 * ({@link Backends#expectation}), Jacobians by the parameter-shift rule from counts, and a whole
 * training batch ({@link #batchJacobians}) is one job, so a classifier trains on a device, a fake
 * device or a noisy simulator one job per step. Without an input Jacobian (trainable input
 * scaling needs the adjoint's; shifting every input angle would double the circuits).
 *
 * <p>Every evaluation's seed is drawn from the model's seed and the evaluation's arguments, so
 * the same arguments give the same estimate and a training run is reproducible whatever order
 * the threads evaluate points in. Immutable and thread-safe.
 */
public final class BackendModel implements DifferentiableModel {
  /** SplitMix64's increment, so that zero bits still move the hash. */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final ParametrizedCircuit circuit;
  private final List<PauliSum> observables;
  private final Backend backend;
  private final int shots;
  private final long seed;

  private BackendModel(ParametrizedCircuit circuit, List<PauliSum> observables, Backend backend,
      int shots, long seed) {
    this.circuit = circuit;
    this.observables = observables;
    this.backend = Objects.requireNonNull(backend, "backend");
    if (shots < 0) {
      throw new IllegalArgumentException("shots: expected 0 (exact backends) or more, got "
          + shots);
    }
    this.shots = shots;
    this.seed = seed;
  }

  /**
   * A runtime circuit model run on a backend.
   *
   * @param model the circuit and observables (its adjoint gradient is not used)
   * @param backend where every evaluation runs
   * @param shots shots per circuit and measurement group (0 on an exact backend)
   * @param seed the seed of every evaluation's job
   * @return the model
   * @throws IllegalArgumentException if shots is negative or the circuit is wider than the
   *     backend
   */
  public static BackendModel of(CircuitModel model, Backend backend, int shots, long seed) {
    Objects.requireNonNull(model, "model");
    int width = backend.capabilities().qubits();
    if (model.circuit().qubits() > width) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "backend: %s has %d qubit(s), the model's circuit %d", backend.name(), width,
          model.circuit().qubits()));
    }
    return new BackendModel(model.circuit(), model.observables(), backend, shots, seed);
  }

  /** The backend every evaluation runs on. */
  public Backend backend() {
    return backend;
  }

  @Override
  public int params() {
    return circuit.thetaCount();
  }

  @Override
  public int inputs() {
    return circuit.inputCount();
  }

  @Override
  public int outputs() {
    return observables.size();
  }

  /** Each observable estimated from {@code shots} shots per group, one job per observable. */
  @Override
  public double[] expectations(double[] x, double[] theta) {
    long base = seedFor(theta, x);
    double[] values = new double[observables.size()];
    for (int o = 0; o < values.length; o++) {
      values[o] = Backends.expectation(backend, circuit.bind(theta, x), observables.get(o),
          shots, base + o).mean();
    }
    return values;
  }

  /** The parameter-shift Jacobian at one point, one job. */
  @Override
  public double[][] jacobian(double[] x, double[] theta) {
    return batchJacobians(new double[][] {x}, theta).get(0).theta();
  }

  /** Every point's expectations and parameter-shift Jacobian, all in one job. */
  @Override
  public List<Jacobian> batchJacobians(double[][] xs, double[] theta) {
    return Backends.parameterShiftJacobians(backend, circuit, theta, xs, observables, false,
        shots, seedFor(theta, xs));
  }

  /** A seed mixed from the model's seed and the arguments' bits (SplitMix64's finaliser). */
  private long seedFor(double[] theta, double[]... rows) {
    long h = mix(seed);
    for (double v : theta) {
      h = mix((h + GOLDEN_GAMMA) ^ Double.doubleToLongBits(v));
    }
    for (double[] row : rows) {
      h = mix((h + GOLDEN_GAMMA) ^ row.length);
      for (double v : row) {
        h = mix((h + GOLDEN_GAMMA) ^ Double.doubleToLongBits(v));
      }
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "BackendModel(" + circuit + " on " + backend.name() + ", " + shots + " shots)";
  }
}
