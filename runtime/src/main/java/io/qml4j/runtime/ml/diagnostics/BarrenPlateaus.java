package io.qml4j.runtime.ml.diagnostics;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Barren-plateau diagnostics (McClean, Boixo, Smelyanskiy, Babbush and Neven, Nat. Commun. 9, 4812
 * (2018)): the variance, over random circuits and parameters, of the cost's derivative with respect
 * to the first rotation angle, as qubits and layers grow, and the exponential decay rate fitted to
 * it. The derivative is exact, by the parameter-shift rule {@code (C(t + pi/2) - C(t - pi/2)) / 2}
 * of Pauli rotations. Also the two mitigations measured here: identity-block initialisation
 * (Grant et al. 2019, through {@link RandomLayers#identityBlocks}) and layer-wise training (Skolik,
 * McClean, Mohseni, van der Smagt and Leib, Quantum Mach. Intell. 3, 5 (2021)).
 */
public final class BarrenPlateaus {
  private BarrenPlateaus() {}

  /**
   * The variance of {@code dC/d theta_0} over {@code samples} random circuits (fresh axes each)
   * at uniformly random angles, or at identity-block starts.
   */
  public static PlateauSample gradientVariance(int qubits, int layers, PlateauCost cost,
      boolean identityBlocks, int samples, long seed) {
    Objects.requireNonNull(cost, "cost");
    if (samples < 2) {
      throw new IllegalArgumentException("samples: expected at least 2, got " + samples);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double sum = 0, sumSquares = 0;
    for (int s = 0; s < samples; s++) {
      RandomLayers circuit = identityBlocks
          ? RandomLayers.identityBlocks(qubits, layers, random.nextLong())
          : RandomLayers.random(qubits, layers, random.nextLong());
      double[] theta = identityBlocks ? circuit.identityStart(random) : circuit.randomStart(random);
      double g = shiftDerivative(circuit.circuit(), cost, theta, 0);
      sum += g;
      sumSquares += g * g;
    }
    double mean = sum / samples;
    return new PlateauSample(qubits, layers, mean, sumSquares / samples - mean * mean, samples);
  }

  /**
   * The rate b of the least-squares fit {@code ln Var = a - b * size}: how fast the variance
   * falls per added qubit (or layer); {@code exp(-b)} is the factor per step.
   *
   * @param sizes the qubit or layer counts, at least two distinct
   * @param variances the variances at those sizes, positive
   */
  public static double decayRate(int[] sizes, double[] variances) {
    if (sizes.length != variances.length || sizes.length < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "sizes, variances: expected two or more pairs, got %d sizes and %d variances",
          sizes.length, variances.length));
    }
    double mx = 0, my = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (!(variances[i] > 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "variances: entry %d is %s, expected a positive number", i, variances[i]));
      }
      mx += sizes[i];
      my += Math.log(variances[i]);
    }
    mx /= sizes.length;
    my /= sizes.length;
    double sxy = 0, sxx = 0;
    for (int i = 0; i < sizes.length; i++) {
      sxy += (sizes[i] - mx) * (Math.log(variances[i]) - my);
      sxx += (sizes[i] - mx) * (sizes[i] - mx);
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("sizes: expected at least two distinct sizes");
    }
    return -sxy / sxx;
  }

  /** The cost at theta. */
  public static double cost(ParametrizedCircuit circuit, PlateauCost cost, double[] theta) {
    return cost.value(Simulator.run(circuit.bind(theta)));
  }

  /** {@code dC/d theta_k} by the parameter-shift rule. */
  public static double shiftDerivative(ParametrizedCircuit circuit, PlateauCost cost,
      double[] theta, int k) {
    double[] shifted = theta.clone();
    shifted[k] = theta[k] + Math.PI / 2;
    double plus = cost(circuit, cost, shifted);
    shifted[k] = theta[k] - Math.PI / 2;
    double minus = cost(circuit, cost, shifted);
    return (plus - minus) / 2;
  }

  /**
   * Gradient descent on the parameters of the first {@code activeLayers} layers only (the rest
   * stay as they are), {@code steps} steps of size {@code learningRate}; returns the final
   * parameters. With every layer active this is plain training of the whole circuit.
   */
  public static double[] train(RandomLayers layers, PlateauCost cost, double[] start,
      int activeLayers, int steps, double learningRate) {
    ParametrizedCircuit c = layers.circuit();
    int active = Math.min(start.length, activeLayers * c.qubits());
    double[] theta = start.clone();
    double[] g = new double[active];
    for (int s = 0; s < steps; s++) {
      for (int k = 0; k < active; k++) {
        g[k] = shiftDerivative(c, cost, theta, k);
      }
      for (int k = 0; k < active; k++) {
        theta[k] -= learningRate * g[k];
      }
    }
    return theta;
  }

  /**
   * Layer-wise training (Skolik et al. 2021, sec. 3): the later layers start at zero angles and
   * the circuit is trained {@code layersPerStage} layers more at a time, {@code stepsPerStage}
   * steps per stage; returns the final parameters.
   */
  public static double[] trainLayerwise(RandomLayers layers, PlateauCost cost, double[] start,
      int layersPerStage, int stepsPerStage, double learningRate) {
    int total = layers.parameters() / layers.circuit().qubits();
    double[] theta = start.clone();
    int firstActive = layersPerStage * layers.circuit().qubits();
    for (int k = firstActive; k < theta.length; k++) {
      theta[k] = 0;
    }
    for (int active = layersPerStage; ; active += layersPerStage) {
      theta = train(layers, cost, theta, Math.min(active, total), stepsPerStage, learningRate);
      if (active >= total) {
        return theta;
      }
    }
  }
}
