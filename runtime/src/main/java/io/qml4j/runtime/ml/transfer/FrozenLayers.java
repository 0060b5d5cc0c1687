package io.qml4j.runtime.ml.transfer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which leading layers of a {@link DressedQuantumCircuit} training leaves as they are: the
 * classical input layer and the first {@code circuitLayers} variational layers. The output layer
 * always trains. Circuit-to-circuit transfer freezes the layers a source task trained and
 * fine-tunes the rest on the target task.
 *
 * @param inputLayer whether the classical input layer (weights and bias) is frozen
 * @param circuitLayers how many leading variational layers are frozen, at least 0
 */
public record FrozenLayers(boolean inputLayer, int circuitLayers) {
  /** Nothing frozen: every parameter trains, as from scratch. */
  public static final FrozenLayers NONE = new FrozenLayers(false, 0);

  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if circuitLayers is negative
   */
  public FrozenLayers {
    if (circuitLayers < 0) {
      throw new IllegalArgumentException(
          "circuitLayers: expected 0 or more frozen layers, got " + circuitLayers);
    }
  }

  /** The input layer and the first {@code circuitLayers} variational layers frozen. */
  public static FrozenLayers leading(int circuitLayers) {
    return new FrozenLayers(true, circuitLayers);
  }

  /**
   * One flag per parameter of a circuit of this shape: true where training may change it.
   *
   * @throws IllegalArgumentException if more layers are frozen than the shape has
   */
  boolean[] trainableMask(DressedShape shape) {
    if (circuitLayers > shape.depth()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "frozen: %d variational layers frozen, the circuit has %d", circuitLayers,
          shape.depth()));
    }
    boolean[] trainable = new boolean[shape.parameterCount()];
    int firstTrainable = inputLayer ? shape.circuit() : 0;
    Arrays.fill(trainable, firstTrainable, shape.circuit(), true);
    Arrays.fill(trainable, shape.circuit() + circuitLayers * shape.qubits(),
        trainable.length, true);
    return trainable;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "input layer %s, %d circuit layer(s) frozen",
        inputLayer ? "frozen" : "trained", circuitLayers);
  }
}
