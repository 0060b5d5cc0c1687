package io.qml4j.runtime.ml.diagnostics;

import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * McClean et al.'s random layered circuits (Nat. Commun. 9, 4812 (2018), fig. 2): RY(pi/4) on every
 * qubit, then layers of one rotation per qubit about a randomly drawn axis (X, Y or Z) followed by
 * CZ on neighbouring pairs. Parameter {@code layer * qubits + wire} is the angle of that rotation.
 *
 * <p>With identity blocks (Grant, Wossnig, Ostaszewski and Benedetti, Quantum 3, 214 (2019)) the
 * layers come in pairs whose second half mirrors the first (CZs, then the same axes in reverse), so
 * that {@link #identityStart} makes each pair the identity while the first halves stay random.
 */
public final class RandomLayers {
  private final int qubits;
  private final int layers;
  private final boolean identityBlocks;
  private final char[][] axes;
  private final ParametrizedCircuit circuit;

  private RandomLayers(int qubits, int layers, boolean identityBlocks, long seed) {
    if (qubits < 1 || layers < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits, layers: expected each at least 1, got %d and %d", qubits, layers));
    }
    if (identityBlocks && layers % 2 != 0) {
      throw new IllegalArgumentException(
          "layers: identity blocks pair the layers, so expected an even count, got " + layers);
    }
    this.qubits = qubits;
    this.layers = layers;
    this.identityBlocks = identityBlocks;
    SplittableRandom random = new SplittableRandom(seed);
    axes = new char[layers][qubits];
    for (int l = 0; l < layers; l++) {
      for (int w = 0; w < qubits; w++) {
        axes[l][w] = identityBlocks && l % 2 == 1
            ? axes[l - 1][w] : "XYZ".charAt(random.nextInt(3));
      }
    }
    circuit = build();
  }

  /** Random layers with axes drawn from {@code seed}. */
  public static RandomLayers random(int qubits, int layers, long seed) {
    return new RandomLayers(qubits, layers, false, seed);
  }

  /** Identity-block layers (an even count) with axes drawn from {@code seed}. */
  public static RandomLayers identityBlocks(int qubits, int layers, long seed) {
    return new RandomLayers(qubits, layers, true, seed);
  }

  private ParametrizedCircuit build() {
    ParametrizedBuilder q = new ParametrizedBuilder(qubits, qubits * layers, 0);
    for (int w = 0; w < qubits; w++) {
      q.ry(w, Param.constant(Math.PI / 4));
    }
    for (int l = 0; l < layers; l++) {
      boolean mirrored = identityBlocks && l % 2 == 1;
      if (mirrored) {
        entangle(q);
        for (int w = qubits - 1; w >= 0; w--) {
          rotate(q, axes[l][w], w, Param.theta(l * qubits + w));
        }
      } else {
        for (int w = 0; w < qubits; w++) {
          rotate(q, axes[l][w], w, Param.theta(l * qubits + w));
        }
        entangle(q);
      }
    }
    return q.build();
  }

  private void entangle(ParametrizedBuilder q) {
    for (int w = 0; w + 1 < qubits; w++) {
      q.cz(w, w + 1);
    }
  }

  private static void rotate(ParametrizedBuilder q, char axis, int wire, Param angle) {
    switch (axis) {
      case 'X': q.rx(wire, angle); break;
      case 'Y': q.ry(wire, angle); break;
      default: q.rz(wire, angle); break;
    }
  }

  /** The circuit template, {@code qubits * layers} parameters. */
  public ParametrizedCircuit circuit() {
    return circuit;
  }

  /** Number of parameters. */
  public int parameters() {
    return qubits * layers;
  }

  /** Uniform random angles in [0, 2 pi), the distribution of McClean et al. */
  public double[] randomStart(SplittableRandom random) {
    double[] theta = new double[parameters()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = random.nextDouble(0, 2 * Math.PI);
    }
    return theta;
  }

  /**
   * Random first halves of every pair and second halves that undo them, so that the circuit is
   * RY(pi/4) on every qubit alone (Grant et al., sec. 3).
   *
   * @throws IllegalStateException if the layers are not identity blocks
   */
  public double[] identityStart(SplittableRandom random) {
    if (!identityBlocks) {
      throw new IllegalStateException("identityStart: these layers are not identity blocks");
    }
    double[] theta = randomStart(random);
    for (int l = 1; l < layers; l += 2) {
      for (int w = 0; w < qubits; w++) {
        theta[l * qubits + w] = -theta[(l - 1) * qubits + w];
      }
    }
    return theta;
  }
}
